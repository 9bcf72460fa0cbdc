// Incidents per week, stacked by channel, with the notice week marked; the same figures
// follow as a table for screen readers and anyone who prefers numbers.
import { t, formatDate, formatNumber } from '../../../i18n';
import { channelsUsed, weekStart, type ChannelKey, type WeekCount } from './patterns';
import { channelLabel } from '../labels';

const BAR = 14;
const GAP = 4;
const HEIGHT = 160;
const AXIS = 20;

function mentions(w: WeekCount): number {
  return Object.values(w.byChannel).reduce((a, b) => a + (b ?? 0), 0);
}

export function WeeklyChart({ weeks, noticeAt }: { weeks: WeekCount[]; noticeAt: number | null }) {
  const keys = channelsUsed(weeks);
  const max = Math.max(1, ...weeks.map(mentions));
  const width = Math.max(200, weeks.length * (BAR + GAP) + GAP);
  const busiest = weeks.reduce((a, b) => (b.contacts > a.contacts ? b : a), weeks[0]!);
  const noticeWeek = noticeAt === null ? -1 : weeks.findIndex((w) => w.weekStart === weekStart(noticeAt));
  const colour = (key: ChannelKey) => `ch-${keys.indexOf(key)}`;
  const summary = t('journal.patterns.chartSummaryContacts', {
    weeks: formatNumber(weeks.length), from: formatDate(weeks[0]!.weekStart), to: formatDate(weeks.at(-1)!.weekStart),
    busiest: formatDate(busiest.weekStart), count: formatNumber(busiest.contacts),
  });
  return (
    <figure class="chart" aria-labelledby="j-chart-caption">
      <figcaption id="j-chart-caption">{t('journal.pdf.chart')}</figcaption>
      <div class="chart-scroll" tabIndex={0} role="group" aria-labelledby="j-chart-caption">
        <svg role="img" aria-label={summary} width={width} height={HEIGHT + AXIS} viewBox={`0 0 ${width} ${HEIGHT + AXIS}`}>
          {weeks.map((w, i) => {
            let y = HEIGHT;
            const x = GAP + i * (BAR + GAP);
            return (
              <g key={w.weekStart}>
                {keys.map((key) => {
                  const n = w.byChannel[key] ?? 0;
                  if (!n) return null;
                  const h = (n / max) * (HEIGHT - 10);
                  y -= h;
                  return <rect key={key} class={colour(key)} x={x} y={y} width={BAR} height={h} />;
                })}
              </g>
            );
          })}
          {noticeWeek >= 0 && <line class="notice-line" x1={GAP + noticeWeek * (BAR + GAP) - GAP / 2} x2={GAP + noticeWeek * (BAR + GAP) - GAP / 2} y1={0} y2={HEIGHT} />}
          <line class="axis" x1={0} x2={width} y1={HEIGHT} y2={HEIGHT} />
          <text class="axis-label" x={GAP} y={HEIGHT + 15}>{formatDate(weeks[0]!.weekStart)}</text>
        </svg>
      </div>
      <ul class="legend">
        {keys.map((key) => <li key={key}><span class={`swatch ${colour(key)}`} aria-hidden="true" />{channelLabel(key)}</li>)}
        {noticeWeek >= 0 && <li><span class="swatch notice-swatch" aria-hidden="true" />{t('journal.patterns.noticeMark')}</li>}
      </ul>
      <p class="hint">{t('journal.patterns.severalChannels')}</p>
      <details>
        <summary>{t('journal.patterns.asTable')}</summary>
        <div class="table-scroll" tabIndex={0} role="group" aria-label={t('journal.patterns.asTable')}>
          <table>
            <caption>{t('journal.pdf.chart')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('journal.patterns.week')}</th>
                <th scope="col">{t('journal.patterns.incidents')}</th>
                <th scope="col">{t('journal.report.contacts')}</th>
                <th scope="col">{t('journal.patterns.afterNotice')}</th>
                {keys.map((key) => <th key={key} scope="col">{channelLabel(key)}</th>)}
              </tr>
            </thead>
            <tbody>
              {weeks.map((w) => (
                <tr key={w.weekStart}>
                  <th scope="row">{formatDate(w.weekStart)}</th>
                  <td>{formatNumber(w.incidents)}</td>
                  <td>{formatNumber(w.contacts)}</td>
                  <td>{formatNumber(w.afterNotice)}</td>
                  {keys.map((key) => <td key={key}>{formatNumber(w.byChannel[key] ?? 0)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
