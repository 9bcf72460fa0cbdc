// Search and filters for the list, folded into one row: words, then how and a date range on request.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../../i18n';
import { CHANNELS, fromDateInput, type Channel } from '../model';
import { channelLabel } from '../labels';
import type { ListFilter } from './search';
import { privateText } from '../../../ui/privateText';

export interface FilterInputs { text: string; channel: Channel | ''; from: string; to: string }
export const NO_INPUTS: FilterInputs = { text: '', channel: '', from: '', to: '' };

export function toFilter(inputs: FilterInputs): ListFilter {
  return {
    text: inputs.text, channel: inputs.channel,
    from: inputs.from ? fromDateInput(inputs.from) : null,
    to: inputs.to ? fromDateInput(inputs.to, true) : null,
  };
}

export function Filters({ value, onChange, tools }: { value: FilterInputs; onChange(next: FilterInputs): void; tools?: ComponentChildren }) {
  const set = (patch: Partial<FilterInputs>) => onChange({ ...value, ...patch });
  const narrowed = Boolean(value.channel || value.from || value.to);
  const [open, setOpen] = useState(narrowed);
  return (
    <div role="search" class="filters" aria-label={t('journal.list.filters')}>
      <div class="search-row">
        <label for="j-search" class="visually-hidden">{t('journal.list.search')}</label>
        <input id="j-search" type="search" value={value.text} placeholder={t('journal.list.search')} {...privateText}
          onInput={(e) => set({ text: e.currentTarget.value })} />
        <button type="button" class="secondary" aria-expanded={open} aria-controls="j-filter-panel" onClick={() => setOpen(!open)}>
          {t(narrowed ? 'journal.list.filtersOn' : 'journal.list.filtersButton')}
        </button>
        {tools}
      </div>
      <div id="j-filter-panel" class="filter-row" hidden={!open}>
        <div class="field">
          <label for="j-filter-channel">{t('journal.list.channel')}</label>
          <select id="j-filter-channel" value={value.channel} onChange={(e) => set({ channel: e.currentTarget.value as Channel | '' })}>
            <option value="">{t('journal.list.anyChannel')}</option>
            {CHANNELS.map((c) => <option key={c} value={c}>{channelLabel(c)}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="j-filter-from">{t('journal.list.from')}</label>
          <input id="j-filter-from" type="date" value={value.from} onInput={(e) => set({ from: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="j-filter-to">{t('journal.list.to')}</label>
          <input id="j-filter-to" type="date" value={value.to} onInput={(e) => set({ to: e.currentTarget.value })} />
        </div>
      </div>
      {(value.text || narrowed) && (
        <button type="button" class="secondary" onClick={() => onChange(NO_INPUTS)}>{t('journal.list.clear')}</button>
      )}
    </div>
  );
}
