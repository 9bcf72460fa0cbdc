// Message keys for the model's values, so every view names them the same way.
import { t, formatDate, formatDateTime, formatNumber, type MessageKey } from '../../i18n';
import { fromDateInput, type Channel, type ChildrenPresent, type ImportedFrom, type SparcKind } from './model';
import type { ChannelKey } from './patterns/patterns';
import type { ProtectionOrder } from './person/person';

export function channelLabel(channel: ChannelKey): string {
  return t(`journal.channel.${channel}` as MessageKey);
}

/** A late entry's line: "Written down Dec 5, 2:44 AM about a contact on Nov 30, 8:10 AM". */
export function lateLine(written: number, happened: number, format: (ms: number) => string = formatDateTime): string {
  return t('late.line', { written: format(written), happened: format(happened) });
}

/** "line 12", "lines 12–14, 18", "record 5": an imported entry's positions folded into runs. */
export function whereLabel(unit: 'line' | 'record', positions: number[]): string {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j;
  }
  const many = sorted.length > 1;
  const key = unit === 'line' ? (many ? 'import.where.lines' : 'import.where.line') : many ? 'import.where.records' : 'import.where.record';
  return t(key, { list: runs.join(', ') });
}

/**
 * An imported entry's line, in place of "written at" or a late entry's line (issue 25): when it
 * was imported, from which file and where in it, and when the contact happened. Never "written".
 */
export function importedLine(imported: ImportedFrom, importedAt: number, happened: number, format: (ms: number) => string = formatDateTime): string {
  return t('import.line', { imported: format(importedAt), file: imported.file, where: whereLabel(imported.unit, imported.positions), happened: format(happened) });
}

export function sparcLabel(kind: SparcKind): string {
  return t(`journal.sparc.${kind}` as MessageKey);
}

export function childrenLabel(value: ChildrenPresent): string {
  return t(`journal.children.${value}` as MessageKey);
}

export function channelList(channels: Channel[]): string {
  return channels.map(channelLabel).join(', ');
}

export function sizeLabel(bytes: number): string {
  if (bytes < 1024) return t('journal.size.b', { n: formatNumber(bytes) });
  if (bytes < 1024 * 1024) return t('journal.size.kb', { n: formatNumber(Math.round(bytes / 1024)) });
  return t('journal.size.mb', { n: formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10) });
}

/** Evidence kind for icons and viewers. */
export function mediaKind(type: string): 'image' | 'audio' | 'video' | 'pdf' | 'file' {
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('video/')) return 'video';
  if (type.startsWith('audio/')) return 'audio';
  if (type === 'application/pdf') return 'pdf';
  return 'file';
}

/** A neutral download name: no app name, no people, just a kind and a date. */
export function neutralName(stem: string, ext: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${stem}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${ext}`;
}

/** A protection order's date (stored as YYYY-MM-DD) printed like every other date. */
export function orderDateLabel(value: string): string {
  const ms = value ? fromDateInput(value) : null;
  return ms === null ? value : formatDate(ms);
}

/**
 * "Protection order", with the chosen country's own name for it where that is something else
 * ("Protection order (here: “ordonnance de protection”)"), so the fields match the court's papers.
 */
export function orderLabel(local: string): string {
  const generic = t('journal.person.order');
  return local && local.toLowerCase() !== generic.toLowerCase() ? t('journal.person.orderLocal', { order: local }) : generic;
}

/**
 * The protection order as printed (report, packet page 1): each known fact as "label: value", in
 * the order a court reads them; nothing for what is not known.
 */
export function orderFacts(o: ProtectionOrder): string[] {
  const served = [o.served && orderDateLabel(o.served), o.servedHow.trim() && (o.served ? `(${o.servedHow.trim()})` : o.servedHow.trim())].filter(Boolean).join(' ');
  return [
    o.inForce ? t('journal.person.orderInForce') : '',
    o.court.trim() && `${t('journal.person.orderCourt')}: ${o.court.trim()}`,
    o.number.trim() && `${t('journal.person.orderNumber')}: ${o.number.trim()}`,
    o.issued && `${t('journal.person.orderIssued')}: ${orderDateLabel(o.issued)}`,
    served && `${t(o.served ? 'journal.person.orderServed' : 'journal.person.orderServedHow')}: ${served}`,
    o.from && `${t('journal.person.orderFrom')}: ${orderDateLabel(o.from)}`,
    o.to && `${t('journal.person.orderTo')}: ${orderDateLabel(o.to)}`,
    o.terms.trim() && `${t('journal.person.orderTerms')}: ${o.terms.trim()}`,
  ].filter(Boolean);
}
