// CSV export of the report's entries: RFC 4180 quoting, CRLF, a BOM for spreadsheet apps,
// and formula-looking cells defused so a spreadsheet never runs them.
import type { ReportEntry } from './report';
import type { OmitField } from './report';
import { contactsOf, sparcOf } from '../model';

export const CSV_COLUMNS = [
  'number', 'occurredAt', 'recordedAt', 'occurredIso', 'recordedIso', 'kind', 'afterNotice', 'channels', 'times', 'what', 'exactWords', 'where',
  'witnesses', 'children', 'weaponOrVehicle', 'policeContacted', 'officer', 'badge', 'reportNumber',
  'otherReports', 'impact', 'evidence', 'versions', 'hash', 'sparc', 'inOrder', 'writtenLate', 'importedFrom',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const OMITTED_COLUMNS: Record<OmitField, CsvColumn[]> = {
  exactWords: ['exactWords'], where: ['where'], witnesses: ['witnesses'], children: ['children'],
  weaponOrVehicle: ['weaponOrVehicle'], police: ['policeContacted', 'officer', 'badge', 'reportNumber'],
  otherReports: ['otherReports'], impact: ['impact'],
};

export function csvColumns(omit: OmitField[]): CsvColumn[] {
  const dropped = new Set(omit.flatMap((f) => OMITTED_COLUMNS[f]));
  return CSV_COLUMNS.filter((c) => !dropped.has(c));
}

/** Quotes when needed; a leading = + - @ tab or CR gets a ' so it stays text. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvText {
  header(column: CsvColumn): string;
  date(ms: number): string;
  /** Issue 23: ISO 8601 with the offset, in the entry's zone (older entries: the device's). */
  iso?(ms: number, zone: string | undefined): string;
  yesNo(value: boolean): string;
  children(value: string): string;
  kind(value: string): string;
  channel(value: string): string;
  sparc(value: string): string;
  /** A late entry's "Written down … about a contact on …" (lib/when.ts). */
  late?(written: number, happened: number): string;
  /** An imported entry's "Imported … from <file>, line N …" (issue 25). */
  imported?(entry: ReportEntry): string;
}

function row(entry: ReportEntry, text: CsvText): Record<CsvColumn, string> {
  const d = entry.data;
  return {
    number: String(entry.n), occurredAt: text.date(d.occurredAt), recordedAt: text.date(entry.recordedAt),
    occurredIso: text.iso?.(d.occurredAt, d.zone) ?? '', recordedIso: text.iso?.(entry.recordedAt, d.zone) ?? '',
    kind: text.kind(d.kind), afterNotice: text.yesNo(entry.afterNotice),
    channels: d.channels.map(text.channel).join('; '), times: d.kind === 'incident' ? String(contactsOf(d)) : '', what: d.what, exactWords: d.exactWords, where: d.where,
    witnesses: d.witnesses.map((w) => [w.name, w.contact].filter(Boolean).join(', ')).join('; '),
    children: text.children(d.children), weaponOrVehicle: d.weaponOrVehicle,
    policeContacted: text.yesNo(d.police.contacted), officer: d.police.officer, badge: d.police.badge,
    reportNumber: d.police.reportNumber, otherReports: d.otherReports, impact: d.impact,
    evidence: entry.exhibits.map((x) => `#${x.n} ${x.ref.name} sha256:${x.ref.sha256}`).join('; '),
    versions: String(entry.amendments.length + 1), hash: entry.hash,
    sparc: d.kind === 'incident' ? sparcOf(d).map(text.sparc).join('; ') : '', inOrder: text.yesNo(entry.inOrder),
    writtenLate: entry.lateAbout !== null && text.late ? text.late(entry.recordedAt, entry.lateAbout) : '',
    importedFrom: entry.importedFrom && text.imported ? text.imported(entry) : '',
  };
}

export function entriesCsv(entries: ReportEntry[], omit: OmitField[], text: CsvText): string {
  const columns = csvColumns(omit);
  const lines = [columns.map((c) => csvCell(text.header(c))).join(',')];
  for (const entry of entries) {
    const values = row(entry, text);
    lines.push(columns.map((c) => csvCell(values[c])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
