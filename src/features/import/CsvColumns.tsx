// A CSV's columns, chosen by the person from its header: date, time (or none), from, text.
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { CsvColumns } from './csv';

const guess = (header: string[], words: RegExp, fallback: number) => {
  const i = header.findIndex((h) => words.test(h));
  return i >= 0 ? i : fallback;
};

export function CsvColumnsForm({ header, onRead }: { header: string[]; onRead(c: CsvColumns): void }) {
  const [cols, setCols] = useState<CsvColumns>(() => ({
    date: guess(header, /date|fecha/i, 0),
    time: header.some((h) => /time|hora/i.test(h)) ? guess(header, /time|hora/i, 1) : null,
    from: guess(header, /from|sender|author|de$|remitente/i, 2),
    text: guess(header, /text|message|body|mensaje/i, 3),
  }));
  const select = (key: keyof CsvColumns, label: string, optional = false) => (
    <div class="field">
      <label for={`imp-csv-${key}`}>{label}</label>
      <select id={`imp-csv-${key}`} value={String(cols[key] ?? '')}
        onChange={(e) => setCols({ ...cols, [key]: e.currentTarget.value === '' ? null : Number(e.currentTarget.value) })}>
        {optional && <option value="">{t('import.csv.none')}</option>}
        {header.map((h, i) => <option key={i} value={String(i)}>{h || String(i + 1)}</option>)}
      </select>
    </div>
  );
  return (
    <fieldset>
      <legend>{t('import.csv.legend')}</legend>
      {select('date', t('import.csv.date'))}
      {select('time', t('import.csv.time'), true)}
      {select('from', t('import.csv.from'))}
      {select('text', t('import.csv.text'))}
      <button type="button" class="secondary" onClick={() => onRead(cols)}>{t('import.csv.read')}</button>
    </fieldset>
  );
}
