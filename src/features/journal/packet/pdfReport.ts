// report.pdf: title page, summary, chart, incident table, every entry, the notices' text and
// proof, exhibits with full SHA-256 and a readable image, integrity, declaration, page numbers.
import { PDFDocument, PDFName, PDFString, rgb, type PDFDict } from 'pdf-lib';
import { isoWithOffset, utcOffsetLabel } from '../../../lib/zone';
import { t, formatDate, formatDateTime, formatNumber, type MessageKey } from '../../../i18n';
import type { DeclarationKind, Exhibit, Report } from '../report/report';
import type { VerifyResult } from '../record/chain';
import { lines, type Person } from '../person/person';
import { SPARC } from '../model';
import { weeklyCounts } from '../patterns/patterns';
import { channelList, orderFacts, orderLabel, sizeLabel, sparcLabel } from '../labels';
import { caseSummary } from './caseSummary';
import { PdfWriter } from './pdfWriter';
import { chartHeight, drawChart } from './pdfChart';
import { drawEntries, drawExhibitList, drawTable } from './pdfEntries';
import { embedFonts, type EmbeddedFonts, type FontFiles } from './pdfFonts';
import { hasEmoji, loadEmojiNames } from './emojiNames';
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
  history?: { fingerprint: string; shares?: Array<{ at: number; fingerprint: string; versions: number }> };
  /** Issue 23: the running header's case label (empty: "Incident log") and the declaration's wording. */
  caseLabel?: string;
  declaration?: DeclarationKind;
  /** Issue 23: the device's IANA zone, named on page 1 (times print in it unless an entry has its own). */
  zone: string;
  /** The chosen country's own name for a protection order ('' where none), for its label. */
  orderName?: string;
}

/** A report PDF being written: the exhibits are added one at a time, then it is finished. */
export interface ReportPdf {
  /** `jpeg`: a readable copy of a picture, or null; `path`: where its original is in the packet,
   *  or null when it is damaged on this device (listed with the SHA-256 recorded at the time). */
  exhibit(x: Exhibit, path: string | null, jpeg: Uint8Array | null): Promise<void>;
  /** `packetId`: the first 8 hex digits of SHA-256 over the SHA256SUMS lines of the files that do not carry it. */
  finish(packetId: string): Promise<{ blob: Blob; sha256: string; size: number }>;
  /** The Noto fonts and emoji names fetched for this PDF, in bytes (the bench reports them). */
  loaded: { fonts: number; emojiNames: boolean; scripts: string[] };
}

/** A PDF date in `zone`: "D:20261130073500-05'00'". */
export function pdfDate(ms: number, zone: string): string {
  const iso = isoWithOffset(ms, zone);
  const offset = iso.slice(19);
  return `D:${iso.slice(0, 19).replace(/[-T:]/g, '')}${offset === '+00:00' ? 'Z' : `${offset.slice(0, 3)}'${offset.slice(4)}'`}`;
}

/** Everything the PDF may print from the journal, to choose its fonts before the first page. */
function journalText(input: PdfInput): string {
  const { report } = input;
  return JSON.stringify([report.entries.map((e) => [e.data, e.amendments.map((a) => a.data)]), report.exhibits.map((x) => x.ref.name),
    input.person, [...input.notices.values()]]);
}

const counts = (incidents: number, contacts: number) => t('journal.report.countsValue', { incidents: formatNumber(incidents), contacts: formatNumber(contacts) });

function titlePage(w: PdfWriter, input: PdfInput, missing: string[]): void {
  const { summary } = input.report;
  w.heading(t('journal.report.docTitle'), 1);
  const names = input.person ? lines(input.person.names).join(', ') : '';
  if (names) w.text(t('journal.pdf.about', { names }), { size: 13 });
  const period = summary.from === null ? t('journal.report.noEntries')
    : t('journal.report.periodValue', { from: formatDate(summary.from), to: formatDate(summary.to ?? summary.from) });
  w.text(t('journal.pdf.period', { period }), { size: 12 });
  w.text(counts(summary.incidents, summary.contacts), { size: 12 });
  w.text(t('journal.pdf.prepared', { date: formatDateTime(input.generatedAt) }), { size: 10, muted: true });
  w.text(t('journal.pdf.zone', { zone: input.zone, offset: utcOffsetLabel(input.generatedAt, input.zone) }), { size: 10, muted: true });
  // By code point: the characters themselves would print as "?" too.
  const codes = missing.slice(0, 12).map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  if (missing.length) w.text(t('journal.pdf.unencodable', { chars: `${codes.join(' ')}${missing.length > 12 ? ' …' : ''}` }), { size: 10, bold: true });
  // Issue 23: the summary follows on page 1 (totals, the notice, the order), not an empty cover.
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
  // Issue 23: the order itself on page 1 (court, number, issued, served, dates, terms), beside its counts.
  const order = input.person ? orderFacts(input.person.order) : [];
  if (order.length) w.field(orderLabel(input.orderName ?? ''), order.join('\n'));
  // Issue 23: each contact once, under the ways it came together (the sum is the total).
  const c = caseSummary(input.report.entries, input.zone, summary.to);
  w.field(t('journal.case.byWay'), c.byWay.map((x) => `${x.channels.length ? channelList(x.channels) : t('journal.case.noWay')}: ${formatNumber(x.contacts)}`).join('; '));
  if (c.weekly && c.weekly.weeks > 1) {
    const key = c.weekly.last > c.weekly.first ? 'journal.case.rose' : c.weekly.last < c.weekly.first ? 'journal.case.fell' : 'journal.case.same';
    w.field(t('journal.case.escalation'), t(key, { from: formatNumber(c.weekly.first), to: formatNumber(c.weekly.last), weeks: formatNumber(c.weekly.weeks) }));
  }
  w.field(t('journal.case.night'), formatNumber(c.atNight));
  if (c.firstThreat !== null) w.field(t('journal.case.firstThreat'), formatDateTime(c.firstThreat));
  if (c.firstInPerson !== null) w.field(t('journal.case.firstInPerson'), formatDateTime(c.firstInPerson));
  if (c.effects.length) w.field(t('journal.case.effect'), c.effects.slice(-5).map((e) => `${formatDate(e.at)}: “${e.text}”`).join('\n'));
  if (c.witnesses.length) w.field(t('journal.case.witnesses'), c.witnesses.join(', '));
  if (c.police.length) {
    w.field(t('journal.case.police'), c.police.map((p) => [formatDate(p.at), p.number && t('journal.case.reportNo', { number: p.number }),
      p.officer && `${t('journal.field.officer')}: ${p.officer}${p.badge ? ` (${p.badge})` : ''}`].filter(Boolean).join(', ')).join('\n'));
  }
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
  }
  // Issue 23: each contact once, under its entry's first way of contact (channels are stored in
  // the catalogue's order), so a week's bar is its number of contacts.
  const weeks = weeklyCounts(input.report.entries.map((e) => ({ current: { ...e.data, channels: e.data.channels.slice(0, 1) } })), summary.noticeAt);
  if (weeks.length) {
    w.ensure(chartHeight(weeks) + 40);
    w.heading(t('journal.pdf.chart'));
    w.text(t('journal.case.chartOnce'), { size: 9, muted: true });
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

/** Points: how much of a picture must fit under its exhibit's heading (the rest continues on the next pages). */
const IMAGE_MAX = 330;

async function exhibit(w: PdfWriter, sink: PdfSink, x: Exhibit, path: string | null, jpeg: Uint8Array | null): Promise<void> {
  // A JPEG the PDF library cannot read (CMYK, damaged) is listed without its picture.
  const image = jpeg && await w.doc.embedJpg(jpeg).catch(() => null);
  // The exhibit's heading and fingerprint stay together, with the start of its picture.
  w.ensure(90 + (image ? Math.min(w.imageHeight(image, IMAGE_MAX), 160) : 0));
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
  w.imageFlow(image);
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
    // Issue 23: the outside anchor: what the person sent to someone she trusts, which this device alone cannot rewrite.
    w.heading(t('journal.anchor.title'), 3);
    w.text(t('journal.anchor.explain'), { size: 9 });
    const shares = input.history.shares ?? [];
    if (!shares.length) w.text(t('journal.anchor.none'), { size: 9, muted: true });
    for (const s of shares) {
      w.text(t('journal.anchor.line', { date: formatDateTime(s.at), count: formatNumber(s.versions) }), { size: 9, bold: true });
      w.text(s.fingerprint, { mono: true, size: 8.5, indent: 12 });
    }
  }
}

const blank = (w: PdfWriter, label: string) => {
  w.y -= 22;
  w.text(`${label}: ______________________________________________`);
};

/** Issue 23: the signing page, in the wording chosen for where the packet will be used (DOMAIN §10, verbatim). */
function declaration(w: PdfWriter, input: PdfInput): void {
  const kind = input.declaration ?? 'neutral';
  w.newPage();
  w.heading(t('journal.pdf.declaration'));
  w.text(t('journal.pdf.declarationText'));
  w.text(t(`journal.declaration.${kind}.text` as MessageKey), { bold: true });
  w.text(t(`journal.declaration.${kind}.note` as MessageKey), { size: 9, muted: true });
  for (const label of [t('journal.pdf.name'), t('journal.pdf.signature'), t('journal.declaration.executed')]) blank(w, label);
}

/** Issue 23: a certification in the form FRE 902(13)/(14) describe, for a qualified person to complete; never signed by the app. */
function certification(w: PdfWriter, packetId: string): void {
  w.newPage();
  w.heading(t('journal.cert.title'));
  w.text(t('journal.cert.template'), { bold: true, size: 9.5 });
  w.text(t('journal.cert.rule13'), { size: 9 });
  w.text(t('journal.cert.rule14'), { size: 9 });
  w.y -= 6;
  w.text(t('journal.cert.iAm'));
  for (const key of ['journal.cert.kept', 'journal.cert.copied', 'journal.cert.identify', 'journal.cert.checked'] as const) w.text(t(key, { id: packetId }));
  w.text(t('journal.declaration.us.text'), { bold: true });
  for (const label of [t('journal.pdf.signature'), t('journal.declaration.executed')]) blank(w, label);
}

/** Writes everything up to the exhibits; the caller adds each exhibit, then finishes. */
export async function startPdf(input: PdfInput): Promise<ReportPdf> {
  const doc = await PDFDocument.create();
  // Neutral metadata: nothing names the app or the people.
  doc.setTitle(t('journal.report.docTitle'));
  doc.setCreator('');
  doc.setProducer('');
  doc.setLanguage(input.lang);
  // The PDF's own dates with the offset the pages print (pdf-lib would write them in UTC).
  const at = PDFString.of(pdfDate(input.generatedAt, input.zone));
  doc.setCreationDate(new Date(input.generatedAt));
  doc.setModificationDate(new Date(input.generatedAt));
  const info = (doc as unknown as { getInfoDict(): PDFDict }).getInfoDict();
  info.set(PDFName.of('CreationDate'), at);
  info.set(PDFName.of('ModDate'), at);
  const text = journalText(input);
  const fonts: EmbeddedFonts = await embedFonts(doc, input.fonts, text);
  const sink = new PdfSink(doc);
  const w = new PdfWriter(doc, fonts, { text: rgb(0.1, 0.1, 0.1), muted: rgb(0.35, 0.35, 0.35), rule: rgb(0.7, 0.7, 0.7) }, sink);
  const emoji = hasEmoji(text);
  if (emoji) w.emojiNames = await loadEmojiNames(input.lang, input.fonts.loadEmojiData);
  titlePage(w, input, fonts.missing);
  summaryPage(w, input);
  // The notice's full text right after the summary, then the exhibit list, before the entries.
  notices(w, input);
  if (input.report.exhibits.length) {
    w.heading(t('journal.exhibits.title'));
    drawExhibitList(w, input.report);
  }
  w.heading(t('journal.pdf.table'));
  drawTable(w, input.report);
  w.newPage();
  w.heading(t('journal.pdf.entries'));
  drawEntries(w, input.report);
  if (input.report.exhibits.length) {
    w.newPage();
    w.heading(t('journal.report.exhibits'));
  }
  return {
    exhibit: (x, path, jpeg) => exhibit(w, sink, x, path, jpeg),
    loaded: { fonts: fonts.faceBytes, emojiNames: emoji, scripts: fonts.scripts },
    async finish(packetId: string) {
      integrity(w, input);
      declaration(w, input);
      certification(w, packetId);
      const signEach = input.declaration === 'ew-criminal';
      const label = input.caseLabel || t('journal.packet.caseLabelDefault');
      w.numberPages((n, total) => `${t('journal.pdf.page', { n, total })}${signEach ? `      ${t('journal.declaration.pageSign')}` : ''}`,
        (n, total) => ({ left: label, right: `${t('journal.pdf.page', { n, total })} · ${t('journal.packet.id', { id: packetId })}` }));
      return sink.finish();
    },
  };
}
