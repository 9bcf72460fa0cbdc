// Loads what a letters sub-view needs: a fresh letter from a template, or a stored letter
// (a draft opens in the composer, a sent letter read-only).
import { useEffect, useRef } from 'preact/hooks';
import { getLang, t } from '../../i18n';
import { useAsync } from '../../ui/useAsync';
import { errorMessage } from '../../ui/errors';
import { useRouter } from '../../ui/router';
import { toDateInput, type TemplateId } from './model';
import { firstNoticeAt, getLetter } from './store';
import { newContent } from './templates';
import { Composer } from './Composer';
import { SentLetter } from './SentLetter';

export function NewLetter({ templateId }: { templateId: TemplateId }) {
  // The first notice's date pre-fills the letters that refer to it; failing that, it stays empty.
  const notice = useAsync(() => firstNoticeAt().catch(() => null), [templateId]);
  if (notice.loading) return <p role="status" class="hint">{t('letters.loading')}</p>;
  const noticeDay = notice.data ? toDateInput(notice.data) : null;
  return <Composer initial={newContent(templateId, getLang(), Date.now(), noticeDay)} />;
}

export function LetterView({ id, justSent }: { id: string; justSent: boolean }) {
  const letter = useAsync(() => getLetter(id), [id]);
  if (letter.loading) return <p role="status" class="hint">{t('letters.loading')}</p>;
  if (letter.error || !letter.data) {
    return <Missing text={letter.error ? errorMessage(letter.error) : t('letters.notFound')} />;
  }
  const { data } = letter;
  if (data.status === 'sent') return <SentLetter id={id} letter={data} justSent={justSent} />;
  return <Composer initial={data} id={id} />;
}

function Missing({ text }: { text: string }) {
  const { go } = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="letters-title">
      <h1 id="letters-title" ref={heading} tabIndex={-1}>{t('letters.title')}</h1>
      <p role="alert" class="error">{text}</p>
      <button type="button" class="secondary" onClick={() => go({ screen: 'letters' })}>{t('letters.back')}</button>
    </section>
  );
}
