// The composer: when to use the template, its fields, a live preview, the tone check, the ways
// to send it and "Mark as sent". Everything typed is autosaved as an encrypted draft.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getLang, LANGS, LANGUAGES, loadLang, t, type Lang } from '../../i18n';
import { useRouter } from '../../ui/router';
import { errorMessage } from '../../ui/errors';
import type { LetterContent } from './model';
import { deleteDraft } from './store';
import { fieldLabelKey, fillLetter, leftoverMarkers, missingFields, templateById, templateText, templateTitle } from './templates';
import { useLetterDraft } from './useLetterDraft';
import { FieldInputs } from './FieldInputs';
import { LetterPreview } from './LetterPreview';
import { ToneCheck } from './ToneCheck';
import { SendActions } from './SendActions';
import { MarkSent } from './MarkSent';

export function Composer({ initial, id }: { initial: LetterContent; id?: string }) {
  const { go } = useRouter();
  const draft = useLetterDraft(initial, id);
  const { content } = draft;
  const uiLang = getLang();
  const def = templateById(content.templateId);
  const title = templateTitle(uiLang, def.id);
  // A letter in another language than the app's needs that language's messages, which load per
  // language (issue 26): fetched on choosing it, then the letter is filled again.
  const [loaded, setLoaded] = useState(0);
  useEffect(() => {
    let live = true;
    void loadLang(content.lang).then(() => live && setLoaded((n) => n + 1), () => undefined);
    return () => {
      live = false;
    };
  }, [content.lang]);
  const filled = useMemo(() => fillLetter(content), [content, loaded]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const missing = content.customBody === null ? missingFields(content) : leftoverMarkers(content, content.customBody);
  const missingText = missing.map((f) => t(fieldLabelKey(def.id, f))).join(', ');
  const blocked = missing.length ? t('letters.send.blocked', { fields: missingText }) : null;

  return (
    <article aria-labelledby="letter-title" class="composer">
      <p><button type="button" class="secondary" onClick={() => go({ screen: 'letters' })}>{t('letters.back')}</button></p>
      <h1 id="letter-title" ref={heading} tabIndex={-1}>{title}</h1>

      <section aria-labelledby="letter-about-title">
        <h2 id="letter-about-title">{t('letters.aboutTitle')}</h2>
        <h3>{t('letters.whenUse')}</h3>
        <p>{templateText(uiLang, def.id, 'use')}</p>
        <h3>{t('letters.whenNot')}</h3>
        <p>{templateText(uiLang, def.id, 'avoid')}</p>
        <div class="warning">
          <p>{t('letters.safety')}</p>
          <p><button type="button" class="secondary" onClick={() => go({ screen: 'resources' })}>{t('letters.findHelp')}</button></p>
        </div>
      </section>

      <section aria-labelledby="letter-details-title">
        <h2 id="letter-details-title">{t('letters.details')}</h2>
        <div class="field">
          <label for="letter-lang">{t('letters.lang')}</label>
          <select id="letter-lang" value={content.lang} onChange={(e) => {
            const lang = e.currentTarget.value as Lang;
            draft.set((prev) => ({ ...prev, lang }));
          }}>
            {LANGS.map((l) => <option key={l} value={l} lang={l}>{LANGUAGES[l].native}</option>)}
          </select>
        </div>
        {content.customBody === null
          ? <FieldInputs content={content} onChange={draft.set} />
          : <p class="hint">{t('letters.customNote')}</p>}
      </section>

      <LetterPreview content={content} filled={filled} missingText={missingText} onChange={draft.set} />
      <ToneCheck text={filled.body} lang={content.lang} scope={def.tone} />
      <SendActions subject={filled.subject} body={filled.body} lang={content.lang} blocked={blocked} heading={t('letters.send.title')} />
      <MarkSent content={content} title={title} blocked={blocked} prepare={draft.flush}
        onSent={(sentId) => {
          draft.stop();
          go({ screen: 'letters', sub: { to: 'letter', id: sentId, justSent: true } });
        }} />
      <DraftStatus state={draft.state} error={draft.error} id={draft.id} onDeleted={() => {
        draft.stop();
        go({ screen: 'letters', sub: { to: 'deleted' } });
      }} />
    </article>
  );
}

function DraftStatus({ state, error, id, onDeleted }: { state: string; error: unknown; id?: string; onDeleted(): void }) {
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState('');
  async function remove() {
    try {
      await deleteDraft(id!);
      onDeleted();
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }
  return (
    <div class="draft-status">
      {/* Not a live region: "saved" every second would drown out a screen reader. */}
      {state === 'saving' && <p class="hint">{t('letters.draftSaving')}</p>}
      {state === 'saved' && <p class="hint">{t('letters.draftSaved')}</p>}
      {state === 'failed' && <p role="alert" class="error">{t('letters.draftFailed', { reason: errorMessage(error) })}</p>}
      {failure && <p role="alert" class="error">{failure}</p>}
      {id && !asking && <button type="button" class="secondary" onClick={() => setAsking(true)}>{t('letters.deleteDraft')}</button>}
      {id && asking && (
        <div role="group" aria-labelledby="letter-delete-ask" class="row">
          <p id="letter-delete-ask">{t('letters.deleteAsk')}</p>
          <button type="button" class="danger" onClick={remove}>{t('common.delete')}</button>
          <button type="button" class="secondary" onClick={() => setAsking(false)}>{t('common.cancel')}</button>
        </div>
      )}
    </div>
  );
}
