// The fill-in fields of a template: names, dates, free text and the channels to name.
import { t, type MessageKey } from '../../i18n';
import { CHANNELS, DATE_FIELDS, type Channel, type LetterContent, type TextField } from './model';
import { fieldLabelKey, templateById } from './templates';
import { privateText } from '../../ui/privateText';

interface Props {
  content: LetterContent;
  onChange(update: (prev: LetterContent) => LetterContent): void;
}

/** Names of people and accounts are not words to spell-check (nor to send to a spelling service). */

export function FieldInputs({ content, onChange }: Props) {
  const def = templateById(content.templateId);
  const setText = (field: TextField, value: string) =>
    onChange((prev) => ({ ...prev, fields: { ...prev.fields, text: { ...prev.fields.text, [field]: value } } }));
  const toggle = (channel: Channel, on: boolean) =>
    onChange((prev) => {
      const next = on ? [...prev.fields.channels, channel] : prev.fields.channels.filter((c) => c !== channel);
      return { ...prev, fields: { ...prev.fields, channels: CHANNELS.filter((c) => next.includes(c)) } };
    });

  return (
    <>
      {def.fields.map((field) => {
        const label = t(fieldLabelKey(def.id, field));
        if (field === 'channels') {
          return (
            <fieldset key={field}>
              <legend>{label}</legend>
              <div class="channel-grid">
                {CHANNELS.map((c) => (
                  <label key={c} class="check" for={`letter-ch-${c}`}>
                    <input id={`letter-ch-${c}`} type="checkbox" checked={content.fields.channels.includes(c)}
                      onChange={(e) => toggle(c, e.currentTarget.checked)} />
                    {t(`letters.channel.${c}` as MessageKey)}
                  </label>
                ))}
              </div>
            </fieldset>
          );
        }
        const id = `letter-f-${field}`;
        const value = content.fields.text[field] ?? '';
        const common = {
          id, value, ...privateText,
          onInput: (e: Event) => setText(field, (e.currentTarget as HTMLInputElement).value),
        };
        return (
          <div class="field" key={field}>
            <label for={id}>{label}</label>
            {field === 'description'
              ? <textarea {...common} rows={3} />
              : DATE_FIELDS.includes(field)
                ? <input {...common} type="date" />
                : <input {...common} type="text" />}
          </div>
        );
      })}
    </>
  );
}
