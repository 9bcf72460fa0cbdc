// report.pdf: title page, summary, chart, incident table, every entry, the notices' text and
// proof, exhibits with full SHA-256 and a readable image, integrity, declaration, page numbers.
import { PDFDocument, rgb } from 'pdf-lib';
import { t, formatDate, formatDateTime, formatNumber } from '../../../i18n';
import type { Exhibit, Report } from '../report/report';
import type { VerifyResult } from '../record/chain';
import { lines, type Person } from '../person/person';
import { CHANNELS, SPARC } from '../model';
import { weeklyCounts } from '../patterns/patterns';
import { channelLabel, orderDateLabel, sizeLabel, sparcLabel } from '../labels';
import { PdfWriter } from './pdfWriter';
import { drawChart } from './pdfChart';
import { drawEntries, drawTable } from './pdfEntries';
import { embedFonts, type FontFiles } from './pdfFonts';
import { PdfSink } from './pdfSink';
import type { NoticeText } from '../report/noticeTexts';


export interface PdfInput {
  report: Report;
  /** As the report shows it (left out or redacted), or null. */
  person: Person | null;
  verify: VerifyResult;
  generatedAt: number;
  omitted: string[];
  /** The sent text of each notice entry, by entry id (redacted like the rest). */
  notices: Map<string, NoticeText | null>;
  lang: string;
  fonts: FontFiles;
  /** Issue 22: the version 2 fingerprint now; the history itself is integrity-history.txt. */
  history?: { fingerprint: string };
}

/** A report PDF being written: the exhibits are added one at a time, then it is finished. */
export interface ReportPdf {
  /** `jpeg`: a readable copy of a picture, or null; `path`: where its original is in the packet,
   *  or null when it is damaged on this device (listed with the SHA-256 recorded at the time). */
  exhibit(x: Exhibit, path: string | null, jpeg: Uint8Array | null): Promise<void>;
  finish(): Promise<{ blob: Blob; sha256: string; size: number }>;
}

const counts = (incidents: number, contacts: number) => t('journal.report.countsValue', { incidents: formatNumber(incidents), contacts: formatNumber(contacts) });

function titlePage(w: PdfWriter, input: PdfInput): void {
  const { summary } = input.report;
  w.y -= 120;
  w.heading(t('journal.report.docTitle'), 1);
  const names = input.person ? lines(input.person.names).join(', ') : '';
  if (names) w.text(t('journal.pdf.about', { names }), { size: 13 });
  const period = summary.from === null ? t('journal.report.noEntries')
    : t('journal.report.periodValue', { from: formatDate(summary.from), to: formatDate(summary.to ?? summary.from) });
  w.text(t('journal.pdf.period', { period }), { size: 12 });
  w.text(counts(summary.incidents, summary.contacts), { size: 12 });
  w.text(t('journal.pdf.prepared', { date: formatDateTime(input.generatedAt) }), { size: 10, muted: true });
  w.newPage();
}

function summaryPage(w: PdfWriter, input: PdfInput): void {
  const { summary } = input.report;
  w.heading(t('journal.report.summary'));
  w.field(t('journal.report.incidents'), counts(summary.incidents, summary.contacts));
  if (summary.noticeAt !== null) {
    w.field(t('journal.patterns.noticeSent'), formatDateTime(summary.noticeAt));
    w.field(t('journal.patterns.before'), counts(summary.before, summary.beforeContacts));
    w.field(t('journal.patterns.after'), counts(summary.after, summary.afterContacts));
  }
  if (summary.order) {
    const dates = [summary.order.from, summary.order.to].map((d) => (d === null ? '…' : formatDate(d))).join(' – ');
    w.field(`${t('journal.report.duringOrder')} (${dates})`, counts(summary.order.incidents, summary.order.contacts));
  }
  const byChannel = CHANNELS.filter((c) => summary.byChannel[c]).map((c) => `${channelLabel(c)}: ${formatNumber(summary.byChannel[c]!)}`);
  w.field(t('journal.report.byChannelContacts'), byChannel.join('; '));
  const bySparc = SPARC.filter((k) => summary.bySparc[k]).map((k) => `${sparcLabel(k)}: ${formatNumber(summary.bySparc[k]!)}`);
  w.field(t('journal.report.bySparc'), bySparc.join('; '));
  if (input.omitted.length) w.text(t('journal.report.omittedNote', { fields: input.omitted.join(', ') }), { muted: true, size: 9 });
  if (summary.redactions) w.text(t('journal.report.redactedNote', { count: formatNumber(summary.redactions) }), { muted: true, size: 9 });
  const p = input.person;
  if (p) {
    w.heading(t('journal.person.title'), 3);
    w.field(t('journal.person.names'), lines(p.names).join(', '));
    w.field(t('journal.person.phones'), lines(p.phones).join(', '));
    w.field(t('journal.person.accounts'), lines(p.accounts).join(', '));
    w.field(t('journal.person.vehicle'), p.vehicle);
    const o = p.order;
    w.field(t('journal.person.order'), [o.inForce ? t('journal.person.orderInForce') : '', o.court && `${t('journal.person.orderCourt')}: ${o.court}`,
      o.number && `${t('journal.person.orderNumber')}: ${o.number}`, o.from && `${t('journal.person.orderFrom')}: ${orderDateLabel(o.from)}`,
      o.to && `${t('journal.person.orderTo')}: ${orderDateLabel(o.to)}`].filter(Boolean).join('; '));
  }
  const weeks = weeklyCounts(input.report.entries.map((e) => ({ current: e.data })), summary.noticeAt);
  if (weeks.length) {
    w.heading(t('journal.pdf.chart'));
    drawChart(w, weeks, summary.noticeAt);
  }
}

function notices(w: PdfWriter, input: PdfInput): void {
  const sent = input.report.entries.filter((e) => e.data.kind === 'notice');
  if (!sent.length) return;
  w.newPage();
  w.heading(t('journal.pdf.notices'));
  for (const e of sent) {
    w.heading(`${e.data.notice?.title ?? e.data.what} · ${formatDateTime(e.data.occurredAt)}`, 3);
    w.field(t('journal.notice.channel'), e.data.notice?.channel ?? '');
    const text = input.notices.get(e.id);
    if (text) {
      w.field(t('journal.report.noticeReference'), text.reference);
      w.text(t('journal.pdf.noticeText'), { bold: true, size: 9.5 });
      w.text([text.subject, text.body].filter(Boolean).join('\n\n'), { indent: 12 });
    } else w.text(t('journal.pdf.noticeMissing'), { muted: true });
    w.text(e.exhibits.length
      ? t('journal.pdf.proof', { list: e.exhibits.map((x) => `${t('journal.report.exhibit', { n: x.n })} (${x.ref.name})`).join(', ') })
      : t('journal.pdf.noProof'), { bold: true, size: 9.5 });
  }
}

/** Points: about half a page, so a screenshot stays readable and pages stay few. */
const IMAGE_MAX = 330;

async function exhibit(w: PdfWriter, sink: PdfSink, x: Exhibit, path: string | null, jpeg: Uint8Array | null): Promise<void> {
  // A JPEG the PDF library cannot read (CMYK, damaged) is listed without its picture.
  const image = jpeg && await w.doc.embedJpg(jpeg).catch(() => null);
  // The exhibit's heading, fingerprint and picture stay together on one page.
  w.ensure(90 + (image ? w.imageHeight(image, IMAGE_MAX) + 6 : 0));
  w.rule();
  w.text(`${t('journal.report.exhibit', { n: x.n })}: ${x.ref.name}`, { bold: true, size: 11 });
  w.text(`${x.ref.type} · ${sizeLabel(x.ref.size)} · ${t('journal.report.exhibitOf', { n: x.entryNumber })} · ${t('journal.evidence.addedAt', { date: formatDateTime(x.ref.addedAt) })}`, { size: 9, muted: true });
  if (path === null) {
    w.text(t('journal.packet.damaged', { sha256: '' }).trim(), { bold: true, size: 9 });
    w.text(x.ref.sha256, { mono: true, size: 8.5 });
    return;
  }
  w.text(t('journal.evidence.sha'), { size: 9 });
  w.text(x.ref.sha256, { mono: true, size: 8.5 });
  w.text(t('journal.pdf.original', { file: path }), { size: 9 });
  if (!image) {
    w.text(t('journal.pdf.noImage'), { size: 9, muted: true });
    return;
  }
  w.image(image, IMAGE_MAX);
  // Written out now and let go: one picture in memory at a time.
  await image.embed();
  sink.write(image.ref);
}

function integrity(w: PdfWriter, input: PdfInput): void {
  const v = input.verify;
  w.newPage();
  w.heading(t('journal.report.integrity'));
  w.text(v.ok ? t('journal.verify.ok', { count: formatNumber(v.count) }) : t('journal.verify.broken', { count: formatNumber(v.breaks.length) }), { bold: true });
  w.text(t('journal.verify.fingerprint'));
  w.text(v.fingerprint, { mono: true, size: 8.5 });
  w.text(t('journal.report.integrityExplain'), { size: 9 });
  if (input.history) {
    w.text(t('journal.packet.historyNow', { fingerprint: '' }).trim(), { size: 9 });
    w.text(input.history.fingerprint, { mono: true, size: 8.5 });
    w.text(t('journal.packet.historyFile'), { size: 9 });
  }
  w.heading(t('journal.pdf.declaration'));
  w.text(t('journal.pdf.declarationText'));
  for (const label of [t('journal.pdf.name'), t('journal.pdf.signature'), t('journal.pdf.date')]) {
    w.y -= 22;
    w.text(`${label}: ______________________________________________`);
  }
}

/** Writes everything up to the exhibits; the caller adds each exhibit, then finishes. */
export async function startPdf(input: PdfInput): Promise<ReportPdf> {
  const doc = await PDFDocument.create();
  // Neutral metadata: nothing names the app or the people.
  doc.setTitle(t('journal.report.docTitle'));
  doc.setCreator('');
  doc.setProducer('');
  doc.setLanguage(input.lang);
  doc.setCreationDate(new Date(input.generatedAt));
  doc.setModificationDate(new Date(input.generatedAt));
  const fonts = await embedFonts(doc, input.fonts);
  const sink = new PdfSink(doc);
  const w = new PdfWriter(doc, fonts, { text: rgb(0.1, 0.1, 0.1), muted: rgb(0.35, 0.35, 0.35), rule: rgb(0.7, 0.7, 0.7) }, sink);
  titlePage(w, input);
  summaryPage(w, input);
  w.heading(t('journal.pdf.table'));
  drawTable(w, input.report);
  w.newPage();
  w.heading(t('journal.pdf.entries'));
  drawEntries(w, input.report);
  notices(w, input);
  if (input.report.exhibits.length) {
    w.newPage();
    w.heading(t('journal.report.exhibits'));
  }
  return {
    exhibit: (x, path, jpeg) => exhibit(w, sink, x, path, jpeg),
    async finish() {
      integrity(w, input);
      if (w.replaced) w.text(t('journal.pdf.unencodable'), { size: 8.5, muted: true });
      w.numberPages((n, total) => t('journal.pdf.page', { n, total }));
      return sink.finish();
    },
  };
}
