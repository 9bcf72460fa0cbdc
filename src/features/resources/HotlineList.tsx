// The help lines of the chosen country: the emergency number first, then its national lines, each
// with what the research confirmed, its source and date, and a link to the operator's own page.
import { formatDateTime, getLang, isolateLtr, t } from '../../i18n';
import { COUNTRIES } from './data';
import { inLang, lineHref, type Country, type HelpLine } from './model';
import type { HelpRegion } from './useHelpRegion';

function host(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** A source date as the research gives it: a year, a month or a day (UTC, so no day shifts). */
export function sourceDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (!m) return String(y);
  const when = Date.UTC(y, m - 1, d ?? 1);
  return formatDateTime(when, d ? { dateStyle: 'medium', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function action(line: HelpLine): string {
  const number = isolateLtr(line.display ?? '');
  if (line.kind === 'chat') return t('resources.chat', { name: host(line.chat!) });
  if (line.whatsapp) return t('resources.whatsapp', { to: number });
  if (line.kind === 'text') return line.body ? t('resources.text', { body: line.body, to: number }) : t('resources.textPlain', { to: number });
  return t('resources.call', { number });
}

function HotlineCard({ line, country }: { line: HelpLine; country: Country }) {
  const lang = getLang();
  const href = lineHref(line);
  const external = href?.startsWith('https:');
  const unknown = [line.hours ? '' : t('resources.unknown.hours'), line.languages ? '' : t('resources.unknown.languages'), line.free === null ? t('resources.unknown.cost') : ''].filter(Boolean);
  const emergency = line.kind === 'emergency';
  return (
    <li class={emergency ? 'card hotline emergency' : 'card hotline'} data-line={line.id}>
      <h3>
        {inLang(line.name, lang)}
        {emergency && <span class="badge">{t('resources.emergencyBadge')}</span>}
      </h3>
      <p>{inLang(line.about, lang)}</p>
      {line.hours && <p class="hint">{t('resources.hours', { hours: inLang(line.hours, lang) })}</p>}
      {line.languages && <p class="hint">{t('resources.languages', { languages: inLang(line.languages, lang) })}</p>}
      {line.free !== null && <p class="hint">{t(line.free ? 'resources.free' : 'resources.notFree')}</p>}
      {!emergency && unknown.length > 0 && <p class="hint">{t('resources.unknown', { what: unknown.join(', ') })}</p>}
      {line.domesticOnly && <p class="hint">{t('resources.domesticOnly', { country: inLang(country.name, lang) })}</p>}
      <div class="row actions">
        {href && (external
          ? <a class="button" href={href} target="_blank" rel="noreferrer noopener">{action(line)}</a>
          : <a class="button" href={href}>{action(line)}</a>)}
      </div>
      <p class="hint source">
        {line.source.date ? t('resources.checked', { date: sourceDate(line.source.date), site: line.source.site }) : t('resources.checkedUndated', { site: line.source.site })}
        {' · '}
        <a href={line.operator} target="_blank" rel="noreferrer noopener">{t('resources.operator', { name: host(line.operator) })}</a>
      </p>
    </li>
  );
}

export function HotlineList({ help }: { help: HelpRegion }) {
  // Until the saved country is read, show nothing rather than another country's numbers (a few ms).
  return (
    <section aria-labelledby="hotlines-title" aria-busy={!help.settled}>
      <h2 id="hotlines-title" tabIndex={-1}>{t('resources.view.hotlines')}</h2>
      {help.settled && <HotlineBody help={help} />}
    </section>
  );
}

function HotlineBody({ help }: { help: HelpRegion }) {
  const lang = getLang();
  const country = help.region;
  return (
    <>
      <div class="field">
        <label for="help-region">{t('resources.region')}</label>
        <select id="help-region" value={country.id} aria-describedby="help-region-hint" onChange={(e) => void help.choose((e.currentTarget as HTMLSelectElement).value)}>
          {COUNTRIES.map((c) => <option key={c.id} value={c.id}>{inLang(c.name, lang)}</option>)}
        </select>
        <p id="help-region-hint" class="hint">{t('resources.regionHint')}</p>
        {help.error && <p class="error" role="alert">{help.error}</p>}
      </div>
      <p class="warning" id="call-log-warning">{t('resources.callLog')}</p>
      {country.note && <p class="note country-note">{inLang(country.note, lang)}</p>}
      {!country.emergency && <p class="note">{t('resources.noEmergency')}</p>}
      <ul class="hotlines" lang={lang}>
        {country.emergency && <HotlineCard line={country.emergency} country={country} />}
        {country.lines.map((line) => <HotlineCard key={line.id} line={line} country={country} />)}
      </ul>
      <p class="hint only-confirmed">{t('resources.onlyConfirmed')}</p>
      <p class="hint">{t('resources.webNote')}</p>
    </>
  );
}
