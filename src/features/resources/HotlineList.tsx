// The help lines of the chosen region, with call, text, TTY and website links that work offline.
import { getLang, t } from '../../i18n';
import { REGIONS } from './data';
import type { HelpRegion } from './useHelpRegion';
import type { ResourceEntry } from './model';

function host(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

function HotlineCard({ entry }: { entry: ResourceEntry }) {
  const lang = getLang();
  const titleId = `hotline-${entry.id}`;
  return (
    <li class={entry.emergency ? 'card hotline emergency' : 'card hotline'}>
      <h3 id={titleId}>
        {entry.name[lang]}
        {entry.emergency && <span class="badge">{t('resources.emergencyBadge')}</span>}
      </h3>
      <p>{entry.description[lang]}</p>
      <p class="hint">{t('resources.hours', { hours: entry.hours[lang] })}</p>
      <p class="hint">{t('resources.languages', { languages: entry.languages[lang] })}</p>
      {entry.phone?.words && <p class="hint">{t('resources.also', { words: entry.phone.words })}</p>}
      <div class="row actions">
        {entry.phone && <a class="button" href={entry.phone.href}>{t('resources.call', { number: entry.phone.display })}</a>}
        {entry.sms && (
          <a class="button secondary" href={entry.sms.href}>
            {entry.sms.body ? t('resources.text', { body: entry.sms.body, to: entry.sms.to }) : t('resources.textPlain', { to: entry.sms.to })}
          </a>
        )}
        {entry.tty && <a class="button secondary" href={entry.tty.href}>{t('resources.tty', { number: entry.tty.display })}</a>}
        {entry.web && (
          <a class="button secondary" href={entry.web} target="_blank" rel="noreferrer noopener">
            {t('resources.web', { name: host(entry.web) })}
          </a>
        )}
      </div>
    </li>
  );
}

export function HotlineList({ help }: { help: HelpRegion }) {
  // Until the saved region is read, show nothing rather than another country's numbers (a few ms).
  return (
    <section aria-labelledby="hotlines-title" aria-busy={!help.settled}>
      <h2 id="hotlines-title" tabIndex={-1}>{t('resources.view.hotlines')}</h2>
      {help.settled && <HotlineBody help={help} />}
    </section>
  );
}

function HotlineBody({ help }: { help: HelpRegion }) {
  const lang = getLang();
  return (
    <>
      <div class="field">
        <label for="help-region">{t('resources.region')}</label>
        <select id="help-region" value={help.region.id} aria-describedby="help-region-hint" onChange={(e) => void help.choose((e.currentTarget as HTMLSelectElement).value)}>
          {REGIONS.map((r) => <option key={r.id} value={r.id}>{r.name[lang]}</option>)}
        </select>
        <p id="help-region-hint" class="hint">{t('resources.regionHint')}</p>
        {help.error && <p class="error" role="alert">{help.error}</p>}
      </div>
      <p class="warning" id="call-log-warning">{t('resources.callLog')}</p>
      <ul class="hotlines" lang={lang}>
        {help.region.entries.map((entry) => <HotlineCard key={entry.id} entry={entry} />)}
      </ul>
      <p class="hint">{t('resources.webNote')}</p>
    </>
  );
}
