// The packet's extract of a phone-wide SMS or call backup (issue 25): the backup holds everyone's
// messages (her mother's, her lawyer's) and never leaves whole. The extract copies only the records
// the journal's imported entries stand for (the chosen sender's), verbatim as the XML has them,
// each with its position in the original, and states the original's SHA-256 and that it is kept.
import { SaxesParser } from 'saxes';
import { t, formatNumber } from '../../i18n';
import { redact, type ReportEntry } from '../journal/report/report';
import { evidenceBlob } from '../journal/store';
import { listBatches } from './store';
import { textChunks } from './text-chunks';

/** Elements counted as records, in the parser's own way (sms.ts): the Nth of them is "record N". */
const RECORDS = new Set(['sms', 'mms', 'call']);
/** Text kept before the parser's position while no record is open: enough to find a tag's "<". */
const KEEP = 64;

/**
 * Streams the backup and hands over each wanted record's exact text (from its "<" to the end of its
 * closing tag). Only the open record and a few characters are held, never the whole file.
 */
export async function extractRecords(
  chunks: AsyncIterable<string> | Iterable<string>, wanted: ReadonlySet<number>, onRecord: (n: number, xml: string) => void,
): Promise<number> {
  const parser = new SaxesParser();
  let buf = '';
  let bufStart = 0;
  let rootSeen = false;
  let n = 0;
  interface Open { n: number; name: string; start: number; depth: number }
  let open: Open | null = null;
  let depth = 0;
  let found = 0;
  let failure: Error | null = null;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentagstart', (tag) => {
    depth++;
    if (!rootSeen) {
      rootSeen = true;
      return;
    }
    if (!RECORDS.has(tag.name)) return;
    n++;
    if (open || !wanted.has(n)) return;
    const at = buf.lastIndexOf(`<${tag.name}`, parser.position - bufStart);
    if (at < 0) throw new Error(`record ${n}: start not found`);
    open = { n, name: tag.name, start: bufStart + at, depth };
  });
  parser.on('closetag', (tag) => {
    if (open && tag.name === open.name && depth === open.depth) {
      onRecord(open.n, buf.slice(open.start - bufStart, parser.position - bufStart));
      found++;
      open = null;
    }
    depth--;
  });
  for await (const chunk of chunks) {
    buf += chunk;
    parser.write(chunk);
    if (failure) throw failure;
    // Drop what no record can need any more.
    const current = open as Open | null; // set by the handlers above
    const keepFrom = current ? current.start : Math.max(bufStart, bufStart + buf.length - KEEP);
    buf = buf.slice(keepFrom - bufStart);
    bufStart = keepFrom;
  }
  parser.close();
  if (failure) throw failure;
  return found;
}

export interface ExtractSource {
  /** The backup's name and the SHA-256 of its bytes, taken when it was imported. */
  file: string;
  sha256: string;
  /** Its records the entries stand for (the chosen sender's contacts), 1-based. */
  positions: number[];
}

/** The packet file's name for the extract of one backup. */
export function extractName(file: string): string {
  return `Extract-${file.replace(/\.xml$/i, '')}.txt`;
}

/**
 * The extract as text (CRLF lines, as the packet's other text files): what it is, the original's
 * SHA-256, that the original is kept and can be produced, then each record under its position.
 * `redact`: the phrases the report redacts are redacted here too (and counted in the heading).
 */
export async function buildExtract(
  source: ExtractSource, chunks: AsyncIterable<string> | Iterable<string>, redact: (text: string) => { text: string; count: number } = (text) => ({ text, count: 0 }),
): Promise<Blob> {
  const wanted = new Set(source.positions);
  const parts: BlobPart[] = [];
  let pending: string[] = [];
  let pendingLength = 0;
  let redactions = 0;
  const flush = () => {
    if (pending.length) parts.push(new Blob([pending.join('')]));
    pending = [];
    pendingLength = 0;
  };
  const found = await extractRecords(chunks, wanted, (n, xml) => {
    const { text, count } = redact(xml);
    redactions += count;
    pending.push(`\r\n${t('import.extract.record', { n: String(n) })}\r\n${text.replace(/\r?\n/g, '\r\n')}\r\n`);
    pendingLength += text.length;
    // Folded into a Blob every few MB: a backup's MMS images never pile up in the heap.
    if (pendingLength > 4_000_000) flush();
  });
  flush();
  const head = [
    t('import.extract.title'),
    t('import.extract.file', { file: source.file }),
    t('import.extract.sha256', { sha256: source.sha256 }),
    t('import.extract.kept'),
    t('import.extract.count', { count: formatNumber(found) }),
    t('import.extract.positions'),
    ...(redactions ? [t('import.extract.redacted', { count: formatNumber(redactions) })] : []),
  ].join('\r\n');
  return new Blob([`${head}\r\n`, ...parts], { type: 'text/plain;charset=utf-8' });
}

/**
 * The packet's hook: one extract per phone backup the shown entries were imported from, read from
 * the kept original (in the vault). Entries of a removed import are not shown, so not extracted.
 */
export function packetExtracts(phrases: string[]): (entries: ReportEntry[]) => AsyncIterable<{ name: string; blob: Blob }> {
  return async function* (entries) {
    const positions = new Map<string, Set<number>>();
    for (const e of entries) {
      const from = e.importedFrom?.info;
      if (!from || from.unit !== 'record') continue;
      const set = positions.get(from.batch) ?? new Set<number>();
      for (const n of from.positions) set.add(n);
      positions.set(from.batch, set);
    }
    if (!positions.size) return;
    for (const { value: batch } of await listBatches()) {
      const wanted = positions.get(batch.id);
      if (!wanted || batch.format !== 'sms-xml') continue;
      const source = { file: batch.file, sha256: batch.sha256, positions: [...wanted].sort((a, b) => a - b) };
      const original = await evidenceBlob(batch.blobId);
      yield { name: extractName(batch.file), blob: await buildExtract(source, textChunks(original), (text) => redact(text, phrases)) };
    }
  };
}
