// Which export a file is, read as that format: WhatsApp text or zip (with its media), an SMS or
// calls backup streamed as XML, a Messenger or Instagram JSON, or a CSV. Loaded only on import.
import { zipEntries } from './zip';
import { parseWhatsApp } from './whatsapp';
import { mmsParts, parseSmsXml } from './sms';
import type { MediaReader } from './store';
import { parseMessenger } from './messenger';
import { csvRows, parseCsv, type CsvColumns } from './csv';
import { ImportError, type ParseResult } from './model';
import { textChunks } from './text-chunks';

export { sendersOf, planImport, importedKeys } from './plan';

/** What the screen keeps between steps, so a changed date order or column re-reads without the file again. */
export interface Loaded {
  kind: 'whatsapp' | 'sms-xml' | 'messenger' | 'csv';
  /** The chat text (WhatsApp, Messenger, CSV); an XML backup is streamed from the file instead. */
  text?: string;
  /** Media files from a WhatsApp zip, by name, inflated only when imported. */
  media: Map<string, () => Promise<Blob>>;
  /** CSV only: the header row, to choose the columns from. */
  header?: string[];
}

const STAMP_LINE = /^[\u200E\u200F]*\[?\d{1,4}[-/.]\s?\d{1,4}[-/.]\s?\d{1,4}/m;

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('encoding');
  }
}

async function fromZip(file: File): Promise<Loaded> {
  const entries = await zipEntries(file);
  const chat = entries.find((e) => /(^|\/)_chat\.txt$/.test(e.name)) ?? entries.find((e) => e.name.toLowerCase().endsWith('.txt'));
  const media = new Map<string, () => Promise<Blob>>();
  for (const e of entries) if (e !== chat) media.set(e.name.split('/').pop()!, () => e.read());
  const text = async (e: { read(): Promise<Blob> }) => decode(new Uint8Array(await (await e.read()).arrayBuffer()));
  if (chat) return { kind: 'whatsapp', text: await text(chat), media };
  const json = entries.find((e) => e.name.toLowerCase().endsWith('.json'));
  if (json) return { kind: 'messenger', text: await text(json), media };
  throw new ImportError('not-export');
}

/** Tells the format from the first bytes; reads the whole file only where it must. */
export async function loadExport(file: File): Promise<Loaded> {
  if (!file.size) throw new ImportError('empty');
  const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
  if (head[0] === 0x50 && head[1] === 0x4b) return fromZip(file);
  let start: string;
  try {
    // A cut in the middle of a character at 4 KB is not an encoding error.
    start = new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 4)));
  } catch {
    throw new ImportError('encoding');
  }
  const trimmed = start.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('<')) return { kind: 'sms-xml', media: new Map() };
  if (trimmed.startsWith('{')) return { kind: 'messenger', text: decode(new Uint8Array(await file.arrayBuffer())), media: new Map() };
  const text = decode(new Uint8Array(await file.arrayBuffer()));
  if (STAMP_LINE.test(text.slice(0, 4096))) return { kind: 'whatsapp', text, media: new Map() };
  const rows = csvRows(text.slice(0, 65_536));
  if (rows.length >= 2 && rows[0]!.cells.length >= 3) return { kind: 'csv', text, media: new Map(), header: rows[0]!.cells };
  throw new ImportError('not-export');
}

export interface ReadOptions {
  daysFirst?: boolean;
  columns?: CsvColumns;
  social?: 'messenger' | 'instagram';
  onProgress?(records: number): void;
  signal?: AbortSignal;
}

export async function readExport(file: File, loaded: Loaded, options: ReadOptions = {}): Promise<ParseResult> {
  switch (loaded.kind) {
    case 'whatsapp':
      return parseWhatsApp(loaded.text!, { daysFirst: options.daysFirst });
    case 'messenger':
      return parseMessenger(loaded.text!, options.social);
    case 'csv':
      if (!options.columns) throw new ImportError('not-export');
      return parseCsv(loaded.text!, options.columns, { daysFirst: options.daysFirst });
    case 'sms-xml':
      return parseSmsXml(textChunks(file, options.signal), (p) => options.onProgress?.(p.records), options.signal);
  }
}

/**
 * Where an import's media come from: a WhatsApp zip's files, or an SMS backup's MMS parts, read
 * again from the file as a stream and handed over a chunk's worth at a time.
 */
export function mediaReader(file: File, loaded: Loaded): Map<string, () => Promise<Blob>> | MediaReader {
  if (loaded.kind !== 'sms-xml') return loaded.media;
  return async (wanted, take, signal) => {
    const parts = new Map<number, Set<number>>();
    const index = new Map<string, number>();
    for (const w of wanted) {
      if (w.ref.part === undefined) continue;
      const set = parts.get(w.record) ?? new Set<number>();
      set.add(w.ref.part);
      parts.set(w.record, set);
      index.set(`${w.record}/${w.ref.part}`, w.index);
    }
    await mmsParts(textChunks(file, signal), parts, (got) => take(got.map((p) => ({
      index: index.get(`${p.record}/${p.part}`)!,
      file: new File([p.bytes as Uint8Array<ArrayBuffer>], p.name, { type: p.type }),
    }))), signal);
  };
}
