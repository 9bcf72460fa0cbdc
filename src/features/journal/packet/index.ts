// "Download court packet": one zip with report.pdf, originals/ byte for byte, SHA256SUMS,
// incidents.csv, verify.html and README.txt. Loaded only when a packet is made (pdf-lib, fflate).
import { formatDateTime, setPrintZone, t } from '../../../i18n';
import { deviceZone, zonedStamp } from '../../../lib/zone';
import type { Entry, VerifyResult } from '../record/chain';
import { buildReport, preparePerson, type Exhibit, type ReportEntry, type ReportOptions } from '../report/report';
import { isPersonEmpty, type Person } from '../person/person';
import { mediaKind } from '../labels';
import { reportCsv } from '../report/reportFiles';
import { exhibitPath, packetName, safeName, sha256Sums } from './files';
import { startPdf } from './pdfReport';
import { noticeTexts, type NoticeText } from '../report/noticeTexts';
import { loadFontFiles, type FontFiles } from './pdfFonts';
import { printable } from './printImage';
import { verifyHtml, type KnownFile } from './verifyHtml';
import { ZipToBlob } from './zipSink';

export interface PacketInput {
  entries: Entry[];
  noticeAt: number | null;
  options: ReportOptions;
  /** The profile as stored; the options decide what of it is shown. */
  person: Person | null;
  verify: VerifyResult;
  generatedAt: number;
  omitted: string[];
  lang: string;
  readBlob(blobId: string): Promise<Blob>;
  noticeText(letterId: string): Promise<NoticeText | null>;
  onProgress?(fraction: number): void;
  /** The integrity history (fingerprints shared, reports noted): integrity-history.txt and a PDF line. */
  history?: { fingerprint: string; text: string; shares?: Array<{ at: number; fingerprint: string; versions: number }> };
  /** Issue 25: files made for the packet from the entries shown (a phone backup's extract), put
   *  under extracts/ and listed in SHA256SUMS like the originals. */
  extracts?(entries: ReportEntry[]): AsyncIterable<{ name: string; blob: Blob }>;
  /** The chosen country's own name for a protection order, for its label ('' where none). */
  orderName?: string;
  /** The PDF's fonts; fetched from the app's own (precached) files when not given. */
  fonts?: FontFiles;
}

/** The vault's answers for a file damaged or gone on this device (anything else, a lock
 *  included, still stops the packet). */
const isDamage = (error: unknown) => ['corrupt', 'not-found'].includes((error as { code?: string } | null)?.code ?? '');

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const encode = (text: string) => new TextEncoder().encode(text);

/**
 * Everything streams: each original is read, zipped and drawn into the PDF one at a time, the
 * PDF is written out page by page and picture by picture, and the zip folds its output into a
 * Blob as it goes. What the page holds at once is one file and a few MB.
 */
export async function buildPacket(input: PacketInput): Promise<{ blob: Blob; name: string; damaged: Exhibit[] }> {
  // Issue 23: every time in the PDF names its zone: an entry's own, else this device's.
  const zone = deviceZone();
  (await import('./messages')).registerPacketMessages();
  setPrintZone((ms, own, locale, seconds) => zonedStamp(ms, own ?? zone, locale, seconds));
  try {
    return await writePacket(input, zone);
  } finally {
    setPrintZone(null);
  }
}

async function writePacket(input: PacketInput, zone: string): Promise<{ blob: Blob; name: string; damaged: Exhibit[] }> {
  const { options } = input;
  const report = buildReport(input.entries, input.noticeAt, options, input.person?.order);
  const person = input.person && !isPersonEmpty(input.person) ? preparePerson(input.person, options) : null;
  const zip = new ZipToBlob(input.generatedAt);
  const sums: KnownFile[] = [];
  const pdf = await startPdf({
    report, person, verify: input.verify, generatedAt: input.generatedAt, omitted: input.omitted,
    notices: await noticeTexts(report, options.redact, input.noticeText), lang: input.lang, fonts: input.fonts ?? await loadFontFiles(),
    history: input.history && { fingerprint: input.history.fingerprint, shares: input.history.shares ?? [] }, zone, caseLabel: options.caseLabel, declaration: options.declaration, orderName: input.orderName,
  });
  input.onProgress?.(0.1);
  const total = report.exhibits.reduce((n, x) => n + x.ref.size, 0) || 1;
  let done = 0;
  const damaged: Exhibit[] = [];
  for (const x of report.exhibits) {
    const path = exhibitPath(x, report.exhibits.length);
    let blob: Blob;
    try {
      blob = await input.readBlob(x.ref.blobId);
    } catch (error) {
      if (!isDamage(error)) throw error;
      // Damaged on this device: left out, and listed (the PDF, damaged.txt); the rest is whole.
      damaged.push(x);
      await pdf.exhibit(x, null, null);
      continue;
    }
    await zip.addBlob(path, blob);
    // The vault authenticated every chunk as it decrypted them: these are the bytes whose
    // SHA-256 was recorded when the file was added.
    sums.push({ path, sha256: x.ref.sha256, exhibit: x.n });
    await pdf.exhibit(x, path, mediaKind(x.ref.type) === 'image' ? await printable(blob, x.ref.type) : null);
    done += x.ref.size;
    input.onProgress?.(0.1 + 0.75 * (done / total));
  }
  for await (const extract of input.extracts?.(report.entries) ?? []) {
    const path = `extracts/${safeName(extract.name)}`;
    await zip.addBlob(path, extract.blob);
    sums.push({ path, sha256: await sha256(new Uint8Array(await extract.blob.arrayBuffer())) });
  }
  const add = async (path: string, bytes: Uint8Array) => {
    zip.addBytes(path, bytes, true);
    sums.push({ path, sha256: await sha256(bytes) });
  };
  await add('incidents.csv', new Uint8Array(await reportCsv(report, options.omit, zone).arrayBuffer()));
  if (damaged.length) {
    const lines = damaged.map((x) => `${t('journal.report.exhibit', { n: x.n })}: ${x.ref.name}\r\n${t('journal.packet.damaged', { sha256: x.ref.sha256 })}\r\n`);
    await add('damaged.txt', encode(lines.join('\r\n')));
  }
  if (input.history) await add('integrity-history.txt', encode(input.history.text));
  // Issue 23: the packet id printed on every page: SHA-256 over the SHA256SUMS lines of every file
  // so far (the originals, the CSV, the damage list, the integrity history), which do not carry it.
  const packetId = (await sha256(encode(sha256Sums(sums)))).slice(0, 8);
  const written = await pdf.finish(packetId);
  input.onProgress?.(0.9);
  await zip.addBlob('report.pdf', written.blob);
  sums.push({ path: 'report.pdf', sha256: written.sha256 });
  const readme = t('journal.readme', { times: t('journal.csv.times') }) + (input.history ? `\n\n${t('journal.packet.historyFile')}` : '')
    + `\n\n${t('journal.packet.idReadme', { id: packetId, count: sums.length - 1 })}\n\n${t('journal.anchor.readme')}`;
  await add('README.txt', encode(`${readme.replace(/\n/g, '\r\n')}\r\n`));
  const anchor = (input.history?.shares ?? []).map((s) => ({ at: formatDateTime(s.at), fingerprint: s.fingerprint }));
  await add('verify.html', encode(verifyHtml([...sums], input.lang, anchor)));
  zip.addBytes('SHA256SUMS', encode(sha256Sums(sums)), true);
  input.onProgress?.(1);
  return { blob: new Blob([zip.finish()], { type: 'application/zip' }), name: packetName(new Date(input.generatedAt)), damaged };
}
