// The PDF's chart: contacts per week, stacked by way of contact, the notice's week marked,
// with a legend; drawn as vector shapes so it prints sharp at any size.
import { rgb } from 'pdf-lib';
import { t, formatDate, formatNumber } from '../../../i18n';
import { channelsUsed, weekStart, type WeekCount } from '../patterns/patterns';
import { channelLabel } from '../labels';
import { PAGE, type PdfWriter } from './pdfWriter';

// Distinguishable in grey print too: lightness varies along with hue.
const PALETTE = [
  [0.12, 0.31, 0.55], [0.85, 0.45, 0.1], [0.2, 0.6, 0.3], [0.75, 0.15, 0.2], [0.5, 0.35, 0.7], [0.55, 0.35, 0.2],
  [0.9, 0.55, 0.7], [0.45, 0.45, 0.45], [0.7, 0.7, 0.15], [0.1, 0.65, 0.75], [0.3, 0.15, 0.4], [0.95, 0.8, 0.4],
  [0.6, 0.8, 0.5], [0.2, 0.2, 0.2], [0.8, 0.8, 0.8],
] as const;

/** The room the chart and its legend take (so its heading is never left alone at a page's foot). */
export const chartHeight = (weeks: WeekCount[]) => 200 + 14 + 30 + Math.ceil(channelsUsed(weeks).length / 2) * 14;

export function drawChart(w: PdfWriter, weeks: WeekCount[], noticeAt: number | null): void {
  const keys = channelsUsed(weeks);
  const height = 200;
  const axis = 14;
  w.ensure(chartHeight(weeks));
  const max = Math.max(1, ...weeks.map((week) => Object.values(week.byChannel).reduce((a, b) => a + (b ?? 0), 0)));
  const left = PAGE.margin + 30;
  const width = w.contentWidth - 30;
  const slot = width / Math.max(1, weeks.length);
  const bar = Math.max(1, slot * 0.75);
  const base = w.y - height;
  const { fonts } = w;
  const grey = rgb(0.4, 0.4, 0.4);
  w.canvas.line({ x: left, y: base }, { x: left + width, y: base }, 0.7, grey);
  w.canvas.line({ x: left, y: base }, { x: left, y: base + height }, 0.7, grey);
  w.draw(w.clean(formatNumber(max)), { x: PAGE.margin, y: base + height - 8, size: 8, font: fonts.regular, color: grey });
  w.draw('0', { x: PAGE.margin + 20, y: base, size: 8, font: fonts.regular, color: grey });
  weeks.forEach((week, i) => {
    let y = base;
    keys.forEach((key, k) => {
      const n = week.byChannel[key] ?? 0;
      if (!n) return;
      const h = (n / max) * (height - 6);
      const [r, g, b] = PALETTE[k % PALETTE.length]!;
      w.canvas.rect({ x: left + i * slot + (slot - bar) / 2, y, width: bar, height: h }, rgb(r, g, b));
      y += h;
    });
  });
  const noticeWeek = noticeAt === null ? -1 : weeks.findIndex((week) => week.weekStart === weekStart(noticeAt));
  if (noticeWeek >= 0) {
    const x = left + noticeWeek * slot;
    w.canvas.line({ x, y: base }, { x, y: base + height }, 1.2, rgb(0.8, 0, 0), [4, 2]);
    w.draw(w.clean(t('journal.pdf.noticeLine', { date: formatDate(noticeAt!) }), fonts.bold), { x: x + 3, y: base + height - 10, size: 8, font: fonts.bold, color: rgb(0.8, 0, 0) });
  }
  const first = w.clean(formatDate(weeks[0]!.weekStart));
  const last = w.clean(formatDate(weeks.at(-1)!.weekStart));
  w.draw(first, { x: left, y: base - axis + 3, size: 8, font: fonts.regular, color: grey });
  w.draw(last, { x: left + width - w.width(last, 8), y: base - axis + 3, size: 8, font: fonts.regular, color: grey });
  w.y = base - axis - 6;
  // Legend: two per line, each label cut to its column, so none runs into the next.
  const column = w.contentWidth / 2;
  keys.forEach((key, k) => {
    if (k % 2 === 0) {
      w.ensure(14);
      w.y -= 14;
    }
    const x = PAGE.margin + (k % 2) * column;
    const [r, g, b] = PALETTE[k % PALETTE.length]!;
    w.canvas.rect({ x, y: w.y, width: 9, height: 9 }, rgb(r, g, b));
    let label = w.clean(channelLabel(key));
    while (label.length > 1 && w.width(label, 9) > column - 20) label = `${label.slice(0, -2)}…`;
    w.draw(label, { x: x + 13, y: w.y + 1, size: 9, font: fonts.regular, color: w.colours.text });
  });
  w.y -= 10;
}
