// The journal entry each planned group becomes: counted contacts, their words verbatim, calls
// and left-out media described, the person's replies as context, and where in the file it was.
import { t, formatDateTime, formatNumber } from '../../i18n';
import { CHANNELS, emptyEntry, type EntryData, type EvidenceRef, type ImportedFrom } from '../journal/model';
import { channelOf, exactWordsOf, type PlannedEntry, type Placed } from './plan';
import type { ParsedItem } from './model';

export interface BatchInfo { batch: string; file: string; sha256: string; unit: 'line' | 'record'; zone?: string; names: Map<string, string> }

const who = (item: ParsedItem, names: Map<string, string>) => {
  const id = item.mine ? item.peer ?? '' : item.from;
  const name = names.get(id);
  return name && name !== id ? `${name} (${id})` : id;
};

export function duration(seconds: number): string {
  return t('import.duration', { m: formatNumber(Math.floor(seconds / 60)), s: formatNumber(seconds % 60) });
}

function callLine(item: ParsedItem, names: Map<string, string>): string {
  const { type, seconds } = item.call!;
  return t(`import.call.${type}`, { who: who(item, names), duration: duration(seconds) });
}

function contextLine(p: Placed, names: Map<string, string>): string {
  const author = p.item.mine ? t('import.me') : p.item.from;
  const words = p.item.call ? callLine(p.item, names) : p.item.text;
  return `${formatDateTime(p.at)} ${author}: ${words}`;
}

export function entryData(planned: PlannedEntry, info: BatchInfo, evidence: EvidenceRef[]): EntryData {
  const items = planned.contacts.map((c) => c.item);
  const messages = items.filter((i) => !i.call);
  const lines: string[] = [];
  if (messages.length) {
    const senders = [...new Set(messages.map((m) => who(m, info.names)))].join(', ');
    lines.push(t('import.what.messages', { count: formatNumber(messages.length), who: senders }));
  }
  for (const call of items.filter((i) => i.call)) lines.push(callLine(call, info.names));
  const omitted = messages.filter((m) => m.mediaOmitted).length;
  if (omitted) lines.push(t('import.what.media', { count: formatNumber(omitted) }));
  if (planned.context.length) lines.push('', t('import.what.context'), ...planned.context.map((p) => contextLine(p, info.names)));
  const imported: ImportedFrom = {
    batch: info.batch, file: info.file, sha256: info.sha256, unit: info.unit,
    positions: items.map((i) => i.pos.n), keys: planned.contacts.map((c) => c.key),
  };
  if (info.zone) imported.zone = info.zone;
  const channels = new Set(items.map(channelOf));
  return {
    ...emptyEntry(planned.start),
    channels: CHANNELS.filter((c) => channels.has(c)),
    times: items.length,
    ...(planned.end > planned.start ? { until: planned.end } : {}),
    what: lines.join('\n'),
    exactWords: exactWordsOf(planned),
    evidence,
    imported,
  };
}
