// SMS Backup & Restore (Android) XML: <sms>, <mms> with its parts, and <call> from the calls
// file, read as a stream with saxes so a backup of hundreds of MB is never one string.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { CALL_TYPES, ImportError, type MediaRef, type ParseResult, type ParsedItem } from './model';

/** A number as the backup wrote it, without the spaces and dashes that differ between records. */
export function normaliseNumber(raw: string): string {
  const trimmed = raw.trim();
  const digits = trimmed.replace(/[\s\-().]/g, '');
  return /^\+?\d+$/.test(digits) ? digits : trimmed;
}

const nameOf = (raw: string | undefined) => (raw && raw !== '(Unknown)' && raw !== 'null' ? raw : undefined);
const attr = (tag: SaxesTagPlain, name: string): string => {
  const v = tag.attributes[name];
  return typeof v === 'string' ? v : '';
};
/**
 * A value as a string of its own. saxes cuts values out of the chunk being read, and a cut string
 * keeps its whole chunk alive (V8's sliced strings): the 10,000 messages kept from a 54 MB backup
 * held every chunk of it, 55 of the 80 MB a heap snapshot found in the page after the import.
 * JSON's round trip makes the copy (a cut of that copy would hold only the value itself).
 */
const own = (text: string): string => (text.length > 12 ? (JSON.parse(JSON.stringify(text)) as string) : text);
const ownName = (raw: string) => {
  const name = nameOf(raw);
  return name && own(name);
};
const ms = (raw: string): number | null => {
  const n = Number(raw);
  return raw && Number.isFinite(n) && n > 0 ? n : null;
};

interface OpenMms { tag: SaxesTagPlain; n: number; parts: SaxesTagPlain[]; from: string | null }

export interface XmlProgress { records: number }

/** How often the records read so far are told, at most. */
const PROGRESS_MS = 100;

/**
 * Reads the chunks of one backup file (messages or calls). Records that are not received or sent
 * (drafts, outbox, failed) are left out: they never reached anyone.
 */
export async function parseSmsXml(chunks: AsyncIterable<string> | Iterable<string>, onProgress?: (p: XmlProgress) => void, signal?: AbortSignal): Promise<ParseResult> {
  const parser = new SaxesParser();
  const items: ParsedItem[] = [];
  let root: string | null = null;
  let n = 0;
  let mms: OpenMms | null = null;
  let failure: Error | null = null;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag) => {
    // Only its name and place are kept: the picture is read again when imported.
    if (tag.name === 'part' && typeof tag.attributes.data === 'string' && tag.attributes.data.length > 64) tag.attributes.data = 'x';
    if (root === null) {
      root = tag.name;
      if (root !== 'smses' && root !== 'calls') failure ??= new ImportError('not-export');
      return;
    }
    if (tag.name === 'sms' || tag.name === 'call' || tag.name === 'mms') n++;
    if (tag.name === 'sms') addSms(tag, n);
    else if (tag.name === 'call') addCall(tag, n);
    else if (tag.name === 'mms') mms = { tag, n, parts: [], from: null };
    else if (tag.name === 'part' && mms) mms.parts.push(tag);
    // 137 is the sender in the MMS standard's address types.
    else if (tag.name === 'addr' && mms && attr(tag, 'type') === '137') mms.from = attr(tag, 'address');
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'mms' && mms) {
      addMms(mms);
      mms = null;
    }
  });

  function addSms(tag: SaxesTagPlain, at: number) {
    const type = attr(tag, 'type');
    const date = ms(attr(tag, 'date'));
    if ((type !== '1' && type !== '2') || date === null) return;
    const number = own(normaliseNumber(attr(tag, 'address')));
    items.push({
      source: 'sms', at: date, from: type === '1' ? number : '', fromName: ownName(attr(tag, 'contact_name')), mine: type === '2', peer: number,
      text: attr(tag, 'body') === 'null' ? '' : own(attr(tag, 'body')), media: [], pos: { unit: 'record', n: at },
    });
  }

  function addCall(tag: SaxesTagPlain, at: number) {
    const type = CALL_TYPES[Number(attr(tag, 'type')) - 1];
    const date = ms(attr(tag, 'date'));
    if (!type || date === null) return;
    const number = own(normaliseNumber(attr(tag, 'number')));
    const seconds = Math.max(0, Math.round(Number(attr(tag, 'duration')) || 0));
    items.push({
      source: 'call', at: date, from: type === 'outgoing' ? '' : number, fromName: ownName(attr(tag, 'contact_name')), mine: type === 'outgoing', peer: number,
      text: '', media: [], call: { type, seconds }, pos: { unit: 'record', n: at },
    });
  }

  function addMms({ tag, n: at, parts, from }: OpenMms) {
    // msg_box 1 is the inbox, 2 what was sent; the rest never left or never arrived.
    const box = attr(tag, 'msg_box');
    const date = ms(attr(tag, 'date'));
    if ((box !== '1' && box !== '2') || date === null) return;
    const peer = own(normaliseNumber(attr(tag, 'address').split('~')[0] ?? ''));
    const words: string[] = [];
    const media: MediaRef[] = [];
    for (const [index, part] of parts.entries()) {
      const ct = attr(part, 'ct');
      if (ct === 'text/plain') words.push(attr(part, 'text'));
      else if (ct !== 'application/smil' && attr(part, 'data')) media.push({ name: own(partName(part)), type: own(ct), part: index });
    }
    const sender = box === '1' ? own(normaliseNumber(from ?? peer)) : '';
    items.push({
      source: 'mms', at: date, from: sender, fromName: ownName(attr(tag, 'contact_name')), mine: box === '2', peer: box === '1' ? sender : peer,
      text: own(words.join('\n')), media, pos: { unit: 'record', n: at },
    });
  }

  // Progress is told at most every PROGRESS_MS: once per 64 KiB it re-rendered the screen some 850
  // times for a 54 MB backup, and made reading it half as long again.
  let told = -Infinity;
  for await (const chunk of chunks) {
    if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
    if (chunk.includes('\uFFFD')) throw new ImportError('encoding');
    parser.write(chunk);
    if (failure) break;
    if (onProgress && Date.now() - told >= PROGRESS_MS) {
      told = Date.now();
      onProgress({ records: n });
    }
  }
  if (!failure) {
    try {
      parser.close();
    } catch (e) {
      failure = e as Error;
    }
  }
  if (failure) {
    if (failure instanceof ImportError) throw failure;
    // Cut off midway (a copy that stopped) or never XML at all.
    throw new ImportError(root === 'smses' || root === 'calls' ? 'truncated' : 'not-export', failure.message);
  }
  if (root === null) throw new ImportError('not-export');
  if (!items.length) throw new ImportError('empty');
  return { format: 'sms-xml', items };
}

function partName(part: SaxesTagPlain): string {
  return [attr(part, 'name'), attr(part, 'cl'), attr(part, 'fn')].find((x) => x && x !== 'null') ?? `part-${attr(part, 'seq')}`;
}

/** One MMS part's bytes, read again from the backup for the import. */
export interface MmsPart { record: number; part: number; name: string; type: string; bytes: Uint8Array }

function fromBase64(text: string): Uint8Array {
  const binary = atob(text.replace(/\s+/g, ''));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/**
 * Streams the backup again and hands over the wanted parts' bytes (record N, part index), a chunk
 * of the file at a time: `take` is awaited after each chunk with the parts that chunk completed, so
 * at most one chunk's pictures (and the one being read) are held at once, never all of them.
 */
export async function mmsParts(
  chunks: AsyncIterable<string> | Iterable<string>, wanted: ReadonlyMap<number, ReadonlySet<number>>,
  take: (parts: MmsPart[]) => Promise<void>, signal?: AbortSignal,
): Promise<void> {
  const parser = new SaxesParser();
  let root = false;
  let n = 0;
  let current: { record: number; parts: ReadonlySet<number>; index: number } | null = null;
  let ready: MmsPart[] = [];
  let failure: Error | null = null;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag) => {
    if (!root) {
      root = true;
      return;
    }
    if (tag.name === 'sms' || tag.name === 'call' || tag.name === 'mms') n++;
    if (tag.name === 'mms') {
      const parts = wanted.get(n);
      current = parts ? { record: n, parts, index: 0 } : null;
    } else if (tag.name === 'part' && current) {
      const index = current.index++;
      if (current.parts.has(index)) {
        ready.push({ record: current.record, part: index, name: partName(tag), type: attr(tag, 'ct'), bytes: fromBase64(attr(tag, 'data')) });
      }
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'mms') current = null;
  });
  for await (const chunk of chunks) {
    if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
    parser.write(chunk);
    if (failure) throw new ImportError('truncated', (failure as Error).message);
    if (ready.length) {
      const batch = ready;
      ready = [];
      await take(batch);
    }
  }
  parser.close();
  if (failure) throw new ImportError('truncated', (failure as Error).message);
}
