// "How" the contact happened: a group of checkboxes, since one incident can have several.
import { t } from '../../../i18n';
import { CHANNELS, type Channel } from '../model';
import { channelLabel } from '../labels';

export function ChannelPicker({ value, onChange }: { value: Channel[]; onChange(next: Channel[]): void }) {
  const toggle = (channel: Channel, on: boolean) =>
    onChange(on ? CHANNELS.filter((c) => c === channel || value.includes(c)) : value.filter((c) => c !== channel));
  return (
    <fieldset class="channels">
      <legend>{t('journal.field.how')}</legend>
      <div class="check-grid">
        {CHANNELS.map((channel) => (
          <label key={channel} class="check" for={`j-ch-${channel}`}>
            <input id={`j-ch-${channel}`} type="checkbox" checked={value.includes(channel)}
              onChange={(e) => toggle(channel, e.currentTarget.checked)} />
            {channelLabel(channel)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
