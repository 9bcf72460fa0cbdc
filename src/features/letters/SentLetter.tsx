// A sent letter, read-only: when and how it went, its proof, its journal entry, and copies.
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDateTime, formatNumber, getLang, t, type MessageKey } from '../../i18n';
import { useRouter } from '../../ui/router';
import { errorMessage } from '../../ui/errors';
import type { LetterRecord, ProofRef } from './model';
import { addToJournal, proofBlob } from './store';
import { isNoticeTemplate, templateTitle } from './templates';
import { SendActions } from './SendActions';

export function SentLetter({ id, letter, justSent }: { id: string; letter: LetterRecord; justSent: boolean }) {
  const { go } = useRouter();
  const sent = letter.sent!;
  const [journalId, setJournalId] = useState(sent.journalEntryId);
  const [journalError, setJournalError] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const channel = t(`letters.sendChannel.${sent.channel}` as MessageKey);

  async function retryJournal() {
    setJournalError('');
    try {
      setJournalId(await addToJournal(id, templateTitle(getLang(), letter.templateId), channel));
    } catch (err) {
      setJournalError(t('letters.mark.journalFailed', { reason: errorMessage(err) }));
    }
  }

  return (
    <article aria-labelledby="letter-title" class="composer">
      <p><button type="button" class="secondary" onClick={() => go({ screen: 'letters' })}>{t('letters.back')}</button></p>
      <h1 id="letter-title" ref={heading} tabIndex={-1}>{templateTitle(getLang(), letter.templateId)}</h1>
      {justSent && <p role="status" class="success">{t('letters.mark.done')}</p>}
      <p>{t('letters.sent.when', { date: formatDateTime(sent.sentAt), channel })}</p>
      {sent.reference && <p>{t('letters.sent.reference', { reference: sent.reference })}</p>}
      <p class="hint">{t('letters.sent.readOnly')}</p>
      {isNoticeTemplate(letter.templateId) && (
        journalId ? (
          <p class="row">
            <span>{t('letters.sent.inJournal')}</span>
            <button type="button" class="secondary" onClick={() => go({ screen: 'journal', sub: { to: 'entry', id: journalId } })}>{t('letters.sent.openJournal')}</button>
          </p>
        ) : (
          <div class="warning">
            <p>{t('letters.sent.notInJournal')}</p>
            <button type="button" onClick={retryJournal}>{t('letters.mark.retryJournal')}</button>
          </div>
        )
      )}
      {journalError && <p role="alert" class="error">{journalError}</p>}

      <section aria-labelledby="letter-preview-title">
        <h2 id="letter-preview-title">{t('letters.preview')}</h2>
        <p class="hint">{t('letters.subjectLine', { subject: sent.subject })}</p>
        <div class="letter-preview letter-text" lang={letter.lang} data-testid="letter-preview">{sent.body}</div>
      </section>

      <section aria-labelledby="letter-proof-title">
        <h2 id="letter-proof-title">{t('letters.sent.proof')}</h2>
        {sent.proof.length ? (
          <ul class="proof-list">{sent.proof.map((p) => <Proof key={p.blobId} proof={p} />)}</ul>
        ) : <p class="hint">{t('letters.sent.noProof')}</p>}
      </section>

      <SendActions subject={sent.subject} body={sent.body} lang={letter.lang} blocked={null} heading={t('letters.sent.copies')} />
    </article>
  );
}

/** One proof file: a preview for images, a fingerprint for all. Decrypted only while shown. */
function Proof({ proof }: { proof: ProofRef }) {
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const isImage = proof.type.startsWith('image/');
  useEffect(() => {
    if (!isImage) return;
    let objectUrl: string | null = null;
    let live = true;
    proofBlob(proof.blobId).then((blob) => {
      if (!live) return;
      objectUrl = URL.createObjectURL(blob);
      setUrl(objectUrl);
    }, () => live && setFailed(true));
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [proof.blobId, isImage]);
  return (
    <li class="card">
      {url && <img src={url} alt={proof.name} class="proof-image" />}
      {failed && <p role="alert" class="error">{t('letters.sent.proofFailed')}</p>}
      <p class="hint proof-meta">
        {t('letters.sent.proofFile', { name: proof.name, size: formatNumber(proof.size), hash: proof.sha256 })}
      </p>
    </li>
  );
}
