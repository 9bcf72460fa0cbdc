// "Download court packet": one zip with report.pdf, originals/ byte for byte, SHA256SUMS,
// incidents.csv, verify.html and README.txt. Loaded only when a packet is made (pdf-lib, fflate).
import { t } from '../../../i18n';
import type { Entry, VerifyResult } from '../chain';
import { buildReport, preparePerson, redact, type ReportOptions } from '../report';
import { isPersonEmpty, type Person } from '../person';
import { mediaKind } from '../labels';
import { makeThumbnail } from '../thumbnail';
import { reportCsv } from '../reportFiles';
import { exhibitPath, packetName, sha256Sums } from './files';
import { buildPdf, type NoticeText } from './pdfReport';
import { verifyHtml, type KnownFile } from './verifyHtml';
import { ZipToBlob } from './zipSink';

/** Wide enough to read a phone screenshot on paper; small enough that 100 stay a few MB. */
const PRINT_PX = 1000;
/** A JPEG up to this size goes into the PDF as it is: no decoding, no second rendering of it. */
const AS_IS_BYTES = 1.5 * 1024 * 1024;

async function printable(blob: Blob, type: string): Promise<Uint8Array | null> {
  if (type === 'image/jpeg' && blob.size <= AS_IS_BYTES) return new Uint8Array(await blob.arrayBuffer());
  const small = await makeThumbnail(blob, PRINT_PX, 0.82).catch(() => null);
  return small && new Uint8Array(await small.arrayBuffer());
}

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
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const encode = (text: string) => new TextEncoder().encode(text);

export async function buildPacket(input: PacketInput): Promise<{ blob: Blob; name: string }> {
  const { options } = input;
  const report = buildReport(input.entries, input.noticeAt, options, input.person?.order);
  const person = input.person && !isPersonEmpty(input.person) ? preparePerson(input.person, options) : null;
  const zip = new ZipToBlob(input.generatedAt);
  const sums: KnownFile[] = [];
  const images = new Map<number, Uint8Array>();
  const paths = new Map<number, string>();
  const total = report.exhibits.reduce((n, x) => n + x.ref.size, 0) || 1;
  let done = 0;
  // One original at a time: read, zipped as a stream, a printable copy made, then let go.
  for (const x of report.exhibits) {
    const path = exhibitPath(x, report.exhibits.length);
    paths.set(x.n, path);
    const blob = await input.readBlob(x.ref.blobId);
    await zip.addBlob(path, blob);
    // The vault authenticated every chunk as it decrypted them: these are the bytes whose
    // SHA-256 was recorded when the file was added.
    sums.push({ path, sha256: x.ref.sha256, exhibit: x.n });
    if (mediaKind(x.ref.type) === 'image') {
      const jpeg = await printable(blob, x.ref.type);
      if (jpeg) images.set(x.n, jpeg);
    }
    done += x.ref.size;
    input.onProgress?.(0.8 * (done / total));
  }
  const notices = new Map<string, NoticeText | null>();
  for (const e of report.entries) {
    if (e.data.kind !== 'notice' || !e.data.notice) continue;
    const text = await input.noticeText(e.data.notice.letterId).catch(() => null);
    const r = (s: string) => redact(s, options.redact).text;
    notices.set(e.id, text && { subject: r(text.subject), body: r(text.body), reference: r(text.reference) });
  }
  const pdf = await buildPdf({ report, person, verify: input.verify, generatedAt: input.generatedAt, omitted: input.omitted, notices, images, paths, lang: input.lang });
  images.clear();
  input.onProgress?.(0.95);
  const add = async (path: string, bytes: Uint8Array, compress: boolean) => {
    zip.addBytes(path, bytes, compress);
    sums.push({ path, sha256: await sha256(bytes) });
  };
  await add('report.pdf', pdf, false);
  await add('incidents.csv', new Uint8Array(await reportCsv(report, options.omit).arrayBuffer()), true);
  await add('README.txt', encode(`${t('journal.readme', { times: t('journal.csv.times') }).replace(/\n/g, '\r\n')}\r\n`), true);
  await add('verify.html', encode(verifyHtml([...sums], input.lang)), true);
  zip.addBytes('SHA256SUMS', encode(sha256Sums(sums)), true);
  input.onProgress?.(1);
  return { blob: new Blob([zip.finish()], { type: 'application/zip' }), name: packetName(new Date(input.generatedAt)) };
}
