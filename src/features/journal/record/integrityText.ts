// The integrity history in words: a noted unlock report said again as it was (for the history
// view and the court packet), and the packet's integrity-history.txt.
import { formatDateTime, formatNumber, t, type MessageKey } from '../../../i18n';
import type { IntegrityNote, RecordFingerprint, SharedFingerprint } from './integrityLog';

const KNOWN = new Set(['journal-version', '_blob', 'letter', 'plan', 'draft', 'help-contact']);

function kinds(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([kind, n]) => `${formatNumber(n)} ${t((KNOWN.has(kind) ? `report.kind.${kind}` : 'report.kind.other') as MessageKey)}`)
    .join(', ');
}

const any = (counts: Record<string, number>) => Object.keys(counts).length > 0;

/** What a noted report said, one sentence a line, in the language in use now. */
export function noteLines(note: IntegrityNote): string[] {
  const lines: string[] = [];
  if (note.attempts > 0) {
    lines.push(t('journal.notes.attempts', { count: formatNumber(note.attempts) }));
  }
  if (any(note.missing)) lines.push(t('report.missing', { list: kinds(note.missing) }));
  if (any(note.rolledBack)) lines.push(t('report.rolledBack', { list: kinds(note.rolledBack) }));
  if (any(note.unlisted)) lines.push(t('report.unlisted', { list: kinds(note.unlisted) }));
  if (note.indexDamaged) lines.push(t('report.indexDamaged'));
  if (note.damaged > 0) lines.push(t('journal.notes.damaged', { count: formatNumber(note.damaged) }));
  if (note.brokenFiles > 0) lines.push(t('journal.notes.brokenFiles', { count: formatNumber(note.brokenFiles) }));
  return lines;
}

const list = (values: string[]) => (values.length ? values.join(', ') : '—');

/** integrity-history.txt: today's fingerprints, every one shared (with what it covered) and every noted report. */
export function historyText(now: RecordFingerprint, shares: SharedFingerprint[], notes: IntegrityNote[]): string {
  const out = [t('journal.packet.historyTitle'), '', t('journal.packet.historyNow', { fingerprint: now.fingerprint }), t('journal.packet.historyJournal', { fingerprint: now.parts.journal }), ''];
  out.push(shares.length ? t('journal.packet.historyShared') : t('journal.packet.historyNoShares'));
  for (const s of shares) {
    out.push(`- ${t('journal.shares.item', { date: formatDateTime(s.at), fingerprint: s.fingerprint })}`);
    const p = s.parts;
    out.push(`  ${t('journal.packet.historyParts', { journal: p.journal, letters: list(p.letters), plan: list(p.plan), person: list(p.person), attachments: list(p.attachments) })}`);
  }
  out.push('', notes.length ? t('journal.packet.historyNotes') : t('journal.packet.historyNoNotes'));
  for (const n of notes) {
    out.push(`- ${t('journal.notes.noted', { date: formatDateTime(n.at) })}`);
    for (const line of noteLines(n)) out.push(`  ${line}`);
  }
  out.push('', t('journal.packet.historyLimit'), '');
  return out.join('\r\n');
}
