// The PDF's incident table (one line per incident) and every entry in full, with its
// recorded-at time, flags, version fingerprint and earlier versions.
import { t, formatDateTime, formatNumber } from '../../../i18n';
import type { Report, ReportEntry } from '../report/report';
import { contactsOf, sparcOf, type EntryData } from '../model';
import { channelList, childrenLabel, importedLine, lateLine, sparcLabel } from '../labels';
import { timesText } from '../entry/EntryFields';
import { fieldNames } from '../entry/History';
import { PAGE, type PdfWriter } from './pdfWriter';
import { shorten, winAnsi } from './pdfText';

const stamp = (ms: number, zone?: string) => formatDateTime(ms, { dateStyle: 'medium', timeStyle: 'medium', timeZone: zone });
/** An entry's time in the zone it was written in (issue 23); older entries: the packet's. */
const when = (ms: number, zone?: string) => formatDateTime(ms, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });

/** An entry's answered fields as label and value, in the order the app shows them. */
export function fieldList(d: EntryData, only?: Array<keyof EntryData>): Array<[string, string]> {
  const show = (k: keyof EntryData) => !only || only.includes(k);
  const p = d.police;
  const police = [p.contacted ? t('journal.field.policeContacted') : '', p.officer && `${t('journal.field.officer')}: ${p.officer}`,
    p.badge && `${t('journal.field.badge')}: ${p.badge}`, p.reportNumber && `${t('journal.field.reportNumber')}: ${p.reportNumber}`].filter(Boolean).join('; ');
  const out: Array<[string, string, keyof EntryData]> = [
    [t('journal.field.when'), when(d.occurredAt, d.zone), 'occurredAt'],
    [t('journal.field.how'), channelList(d.channels), 'channels'],
    [t('journal.field.times'), d.kind === 'incident' ? timesText(d) : '', 'times'],
    [t('journal.field.sparc'), d.kind === 'incident' ? sparcOf(d).map(sparcLabel).join(', ') : '', 'sparc'],
    [t('journal.field.what'), d.what, 'what'],
    [t('journal.field.exactWords'), d.exactWords, 'exactWords'],
    // Issue 23: her translation, right after the words as sent, marked as hers.
    [t('journal.field.wordsTranslationMine'), d.wordsTranslation ?? '', 'exactWords'],
    [t('journal.field.where'), d.where, 'where'],
    [t('journal.field.witnesses'), d.witnesses.map((w) => [w.name, w.contact].filter(Boolean).join(', ')).join('; '), 'witnesses'],
    [t('journal.field.children'), d.children === 'unknown' ? '' : childrenLabel(d.children), 'children'],
    [t('journal.field.weaponOrVehicle'), d.weaponOrVehicle, 'weaponOrVehicle'],
    [t('journal.field.police'), police, 'police'],
    [t('journal.field.otherReports'), d.otherReports, 'otherReports'],
    [t('journal.field.impact'), d.impact, 'impact'],
    [t('journal.field.evidence'), d.evidence.map((e) => e.name).join(', '), 'evidence'],
    [t('journal.notice.channel'), d.notice?.channel ?? '', 'notice'],
  ];
  return out.filter(([, value, key]) => value && show(key)).map(([label, value]) => [label, value]);
}

/** One line per incident: when, how, times, a short description, exhibits. */
export function drawTable(w: PdfWriter, report: Report): void {
  // "When" holds a time with its zone ("Dec 12, 2026, 10:46 PM EST (UTC−5)") whole.
  const cols = [0, 142, 240, 270, w.contentWidth - 60];
  const size = 8;
  const font = w.fonts.regular;
  const fit = (text: string, width: number) => {
    const s = w.clean(text);
    if (w.width(s, size, font) <= width) return s;
    // Binary search for the longest start that fits with its "…".
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (w.width(`${s.slice(0, mid)}…`, size, font) <= width) lo = mid;
      else hi = mid - 1;
    }
    return `${s.slice(0, lo).trimEnd()}…`;
  };
  const row = (cells: string[], bold = false) => {
    w.ensure(12);
    w.y -= 12;
    cells.forEach((cell, i) => {
      const width = (cols[i + 1] ?? w.contentWidth) - cols[i]! - 6;
      w.draw(fit(cell, width), { x: PAGE.margin + cols[i]!, y: w.y + 3, size, font: bold ? w.fonts.bold : font, color: w.colours.text });
    });
  };
  const header = [t('journal.field.when'), t('journal.pdf.col.how'), t('journal.csv.times'), t('journal.pdf.col.what'), t('journal.pdf.col.exhibits')];
  row(header, true);
  let lastPage = w.page;
  for (const e of report.entries) {
    if (e.data.kind !== 'incident') continue;
    if (w.page !== lastPage) row(header, true);
    const flags = [e.afterNotice ? t('journal.badge.after') : '', e.inOrder ? t('journal.badge.order') : ''].filter(Boolean).join('; ');
    row([when(e.data.occurredAt, e.data.zone), channelList(e.data.channels), formatNumber(contactsOf(e.data)),
      shorten([flags && `[${flags}]`, e.data.what].filter(Boolean).join(' '), 90), e.exhibits.map((x) => `#${x.n}`).join(', ')]);
    lastPage = w.page;
  }
  w.y -= 6;
}

/** Issue 23: every exhibit on one line: number, file name, full SHA-256, when it was added, its entry. */
export function drawExhibitList(w: PdfWriter, report: Report): void {
  const cols = [0, 24, 120, 356, 474];
  const row = (cells: string[], bold = false) => {
    w.ensure(11);
    w.y -= 11;
    cells.forEach((cell, i) => {
      const mono = i === 2 && !bold;
      const font = bold ? w.fonts.bold : mono ? w.fonts.mono : w.fonts.regular;
      const size = mono ? 6 : 7;
      const width = (cols[i + 1] ?? w.contentWidth) - cols[i]! - 4;
      let text = w.clean(cell, font);
      while (text.length > 1 && w.width(text, size, font) > width) text = `${text.slice(0, -2)}…`;
      w.draw(text, { x: PAGE.margin + cols[i]!, y: w.y + 3, size, font, color: w.colours.text });
    });
  };
  const header = [t('journal.exhibits.col.n'), t('journal.exhibits.col.file'), 'SHA-256', t('journal.exhibits.col.added'), t('journal.exhibits.col.entry')];
  row(header, true);
  let lastPage = w.page;
  for (const x of report.exhibits) {
    if (w.page !== lastPage) row(header, true);
    row([`#${x.n}`, x.ref.name, x.ref.sha256, formatDateTime(x.ref.addedAt), formatNumber(x.entryNumber)]);
    lastPage = w.page;
  }
  w.y -= 6;
}

function drawEntry(w: PdfWriter, e: ReportEntry): void {
  w.ensure(60);
  w.rule();
  const title = t('journal.report.entryHeading', { n: e.n, date: when(e.data.occurredAt, e.data.zone) });
  w.heading(e.data.kind === 'notice' ? `${title} (${t('journal.badge.notice')})` : title, 3);
  const flags = [e.afterNotice ? t('journal.badge.after') : '', e.inOrder ? t('journal.badge.order') : '',
    e.exhibits.length ? t('journal.report.exhibitRefs', { list: e.exhibits.map((x) => `#${x.n}`).join(', ') }) : ''].filter(Boolean);
  const written = e.importedFrom ? importedLine(e.importedFrom.info, e.recordedAt, e.importedFrom.happened) : e.lateAbout !== null ? lateLine(e.recordedAt, e.lateAbout) : `${t('journal.field.recordedAt')}: ${stamp(e.recordedAt, e.data.zone)}`;
  w.text([written, ...flags].join(' · '), { size: 9, muted: true });
  for (const [label, value] of fieldList(e.data)) w.field(label, value);
  for (const a of e.amendments) {
    const head = t(a.version === 1 ? 'journal.history.original' : 'journal.history.amendment', { n: a.version, date: stamp(a.recordedAt, e.data.zone) });
    w.text(`${head} · ${t('journal.history.changedLater', { fields: fieldNames(a.changed) || '-' })}`, { size: 9, bold: true, indent: 12 });
    for (const [label, value] of fieldList(a.data, a.changed)) w.field(label, value, { indent: 12, size: 9 });
    hashLine(w, a.hash, 12);
  }
  hashLine(w, e.hash, 0);
}

/** A version's fingerprint line: monospaced where its label fits the mono font (Arabic's does not). */
function hashLine(w: PdfWriter, hash: string, indent: number): void {
  const line = t('journal.report.versionHash', { hash });
  const mono = [...line].every((ch) => winAnsi(ch, ch.codePointAt(0)!));
  w.text(line, { size: 7.5, mono, indent, muted: true });
}

export function drawEntries(w: PdfWriter, report: Report): void {
  for (const e of report.entries) drawEntry(w, e);
}
