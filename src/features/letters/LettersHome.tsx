// The letters home: how to send a notice safely, the templates, and the person's letters.
import { formatDate, formatDateTime, getLang, t } from '../../i18n';
import { useRouter } from '../../ui/router';
import { useAsync } from '../../ui/useAsync';
import { errorMessage } from '../../ui/errors';
import { sortLetters, type LetterRecord } from './model';
import { firstNoticeAt, listLetters, type LetterItem } from './store';
import { TEMPLATES, templateText, templateTitle } from './templates';

export function LettersHome({ deleted }: { deleted: boolean }) {
  const { go } = useRouter();
  const letters = useAsync(async () => ({ items: sortLetters(await listLetters()), noticeAt: await firstNoticeAt().catch(() => null) }));
  const lang = getLang();
  return (
    <section aria-labelledby="letters-title">
      <h1 id="letters-title" tabIndex={-1}>{t('letters.title')}</h1>
      {deleted && <p role="status" class="success">{t('letters.deleted')}</p>}
      <p>{t('letters.intro')}</p>
      <div class="warning">
        <p>{t('letters.safety')}</p>
        <p><button type="button" class="secondary" onClick={() => go({ screen: 'resources' })}>{t('letters.findHelp')}</button></p>
      </div>
      {letters.data?.noticeAt != null && (
        <p class="card">{t('letters.noticeSince', { date: formatDateTime(letters.data.noticeAt) })}</p>
      )}
      <h2>{t('letters.steps.title')}</h2>
      <ol>
        <li>{t('letters.steps.1')}</li>
        <li>{t('letters.steps.2')}</li>
        <li>{t('letters.steps.3')}</li>
      </ol>
      <h2 id="letters-templates">{t('letters.templates')}</h2>
      <ul class="letters-list" aria-labelledby="letters-templates">
        {TEMPLATES.map((tpl) => (
          <li key={tpl.id} class="card">
            <button type="button" class="link-button" onClick={() => go({ screen: 'letters', sub: { to: 'new', template: tpl.id } })}>{templateTitle(lang, tpl.id)}</button>
            <p class="hint">{templateText(lang, tpl.id, 'summary')}</p>
          </li>
        ))}
      </ul>
      <h2 id="letters-mine">{t('letters.yourLetters')}</h2>
      {letters.loading && <p role="status" class="hint">{t('letters.loading')}</p>}
      {letters.error !== undefined && <p role="alert" class="error">{errorMessage(letters.error)}</p>}
      {letters.data && !letters.data.items.length && <p class="hint">{t('letters.none')}</p>}
      {letters.data && letters.data.items.length > 0 && (
        <ul class="letters-list" aria-labelledby="letters-mine">
          {letters.data.items.map((item) => <LetterRow key={item.id} item={item} />)}
        </ul>
      )}
    </section>
  );
}

function openLabel(r: LetterRecord): string {
  const title = templateTitle(getLang(), r.templateId);
  const to = r.fields.text.recipient?.trim();
  if (r.status === 'sent') return to ? t('letters.openSentTo', { title, to }) : t('letters.openSent', { title });
  return to ? t('letters.openDraftTo', { title, to }) : t('letters.openDraft', { title });
}

function LetterRow({ item }: { item: LetterItem }) {
  const { go } = useRouter();
  const r = item.value;
  const when = r.status === 'sent' && r.sent
    ? t('letters.sentOn', { date: formatDateTime(r.sent.sentAt) })
    : t('letters.edited', { date: formatDate(r.updatedAt) });
  return (
    <li class={`card letter-row ${r.status}`}>
      <button type="button" class="link-button" onClick={() => go({ screen: 'letters', sub: { to: 'letter', id: item.id } })}>{openLabel(r)}</button>
      <p class="hint">{when}</p>
    </li>
  );
}
