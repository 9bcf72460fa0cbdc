// From parsed items to journal entries, before anything is written: whose messages, the
// person's own replies as context, duplicates of earlier imports left out, grouping, the preview.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { weekStart } from '../journal/patterns/patterns';
import { MAX_TEXT, MAX_TIMES, type Channel } from '../journal/model';
import { instantOf, type CallType, type ParsedItem } from './model';

/** Messages less than this apart are one incident (DOMAIN.md §1: a burst is one course of contact). */
export const GROUP_GAP_MS = 10 * 60_000;
const DAY_MS = 86_400_000;
// Room left in "Their exact words" for the line breaks between messages.
const WORDS_ROOM = MAX_TEXT - 1_000;

export interface Sender { id: string; name?: string; messages: number; calls: number }

/** Everyone who wrote or called, with counts, most first: the "Whose messages" step. */
export function sendersOf(items: ParsedItem[]): Sender[] {
  const by = new Map<string, Sender>();
  for (const item of items) {
    if (item.mine || !item.from) continue;
    const s = by.get(item.from) ?? { id: item.from, messages: 0, calls: 0 };
    if (!s.name && item.fromName) s.name = item.fromName;
    if (item.call) s.calls++;
    else s.messages++;
    by.set(item.from, s);
  }
  return [...by.values()].sort((a, b) => b.messages + b.calls - (a.messages + a.calls) || a.id.localeCompare(b.id));
}

export interface Choice {
  senders: string[];
  /** Keep the person's own replies (and, in a single chat, others' lines) as context: never counted. */
  keepContext: boolean;
  grouped: boolean;
  /** The zone the export's printed times are in (WhatsApp, CSV). */
  zone: string;
}

export interface Placed { item: ParsedItem; at: number }
export interface Contact extends Placed { key: string }
export interface PlannedEntry { contacts: Contact[]; context: Placed[]; start: number; end: number }
export interface Plan {
  entries: PlannedEntry[];
  messages: number;
  calls: number;
  /** Contacts already in the journal from an earlier import of the same messages. */
  duplicates: number;
  first: number | null;
  last: number | null;
  weeks: Array<{ weekStart: number; count: number }>;
}

/**
 * A contact's dedupe key: who, when as the export printed it (so a different zone chosen later
 * still matches), what. A later export of the same chat gives the same keys for the same messages.
 */
export function keyOf(item: ParsedItem): string {
  const when = item.wall ? item.wall.join('-') : String(item.at);
  const family = item.source === 'mms' ? 'sms' : item.source;
  const parts = [family, item.from, when, item.text, item.call?.type ?? '', item.call?.seconds ?? '', item.media.map((m) => m.name).join('|')];
  return bytesToHex(sha256(new TextEncoder().encode(JSON.stringify(parts)))).slice(0, 32);
}

export function channelOf(item: ParsedItem): Channel {
  if (item.call) return item.call.type === 'missed' ? 'missed-call' : item.call.type === 'voicemail' ? 'voicemail' : 'call';
  if (item.source === 'whatsapp') return 'whatsapp';
  if (item.source === 'messenger' || item.source === 'instagram') return item.source;
  return 'text';
}

function isContext(item: ParsedItem, chosen: Set<string>): boolean {
  // A phone backup holds every conversation: only her own messages and calls to the chosen numbers.
  if (item.peer !== undefined) return item.mine && chosen.has(item.peer);
  return !chosen.has(item.from);
}

export function planImport(items: ParsedItem[], choice: Choice, existing: ReadonlySet<string>): Plan {
  const chosen = new Set(choice.senders);
  const seen = new Set(existing);
  let duplicates = 0;
  const contacts: Contact[] = [];
  const context: Placed[] = [];
  for (const item of items) {
    if (!item.mine && chosen.has(item.from)) {
      const key = keyOf(item);
      if (seen.has(key)) {
        duplicates++;
        continue;
      }
      seen.add(key);
      contacts.push({ item, at: instantOf(item, choice.zone), key });
    } else if (choice.keepContext && isContext(item, chosen)) context.push({ item, at: instantOf(item, choice.zone) });
  }
  const byTime = (a: Placed, b: Placed) => a.at - b.at || a.item.pos.n - b.item.pos.n;
  contacts.sort(byTime);
  context.sort(byTime);
  const entries = group(contacts, choice.grouped);
  attachContext(entries, context);
  const weeks = new Map<number, number>();
  for (const c of contacts) weeks.set(weekStart(c.at), (weeks.get(weekStart(c.at)) ?? 0) + 1);
  return {
    entries, duplicates,
    messages: contacts.filter((c) => !c.item.call).length,
    calls: contacts.filter((c) => c.item.call).length,
    first: contacts[0]?.at ?? null, last: contacts.at(-1)?.at ?? null,
    weeks: [...weeks].sort((a, b) => a[0] - b[0]).map(([w, count]) => ({ weekStart: w, count })),
  };
}

function group(contacts: Contact[], grouped: boolean): PlannedEntry[] {
  const out: PlannedEntry[] = [];
  let open: PlannedEntry | null = null;
  let words = 0;
  for (const c of contacts) {
    const size = c.item.text.length + 1;
    const fits = open && grouped && c.at - open.end < GROUP_GAP_MS && c.at - open.start <= DAY_MS
      && open.contacts.length < MAX_TIMES && words + size <= WORDS_ROOM;
    if (open && fits) {
      open.contacts.push(c);
      open.end = c.at;
      words += size;
    } else {
      out.push((open = { contacts: [c], context: [], start: c.at, end: c.at }));
      words = size;
    }
  }
  return out;
}

/** Each reply goes with the incident it answers: the latest one that started before it (else the first). */
function attachContext(entries: PlannedEntry[], context: Placed[]): void {
  if (!entries.length) return;
  let i = 0;
  for (const p of context) {
    while (i + 1 < entries.length && entries[i + 1]!.start <= p.at) i++;
    entries[i]!.context.push(p);
  }
}

/** The words of an entry's messages, verbatim, one message after another. */
export function exactWordsOf(entry: PlannedEntry): string {
  return entry.contacts.map((c) => c.item.text).filter((t) => t.trim()).join('\n');
}

export type CallCounts = Partial<Record<CallType, number>>;
export function callCounts(entry: PlannedEntry): CallCounts {
  const out: CallCounts = {};
  for (const c of entry.contacts) if (c.item.call) out[c.item.call.type] = (out[c.item.call.type] ?? 0) + 1;
  return out;
}

/** Keys of every contact already imported (from the journal's current entries). */
export function importedKeys(entries: Array<{ current: { imported?: { keys: string[] } } }>): Set<string> {
  const keys = new Set<string>();
  for (const e of entries) for (const k of e.current.imported?.keys ?? []) keys.add(k);
  return keys;
}
