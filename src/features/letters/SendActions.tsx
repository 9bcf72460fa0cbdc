// Sending a letter the way the person chooses: copy, share, email, SMS, print or download.
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { downloadText, mailtoHref, neutralFileName, printText, smsHref } from './send';

interface Props {
  subject: string;
  body: string;
  lang: string;
  /** Why it cannot go out yet (missing details), or null. */
  blocked: string | null;
  heading: string;
}

type Message = { ok: boolean; text: string } | null;

export function SendActions({ subject, body, lang, blocked, heading }: Props) {
  const [message, setMessage] = useState<Message>(null);
  const canShare = typeof navigator.share === 'function';

  /** Every action stops with the reason when details are missing, and changes nothing. */
  const guard = (action: () => void | Promise<void>) => async (event?: Event) => {
    if (blocked) {
      event?.preventDefault();
      return setMessage({ ok: false, text: blocked });
    }
    setMessage(null);
    await action();
  };

  const copy = guard(async () => {
    try {
      await navigator.clipboard.writeText(body);
      setMessage({ ok: true, text: t('letters.send.copied') });
    } catch {
      setMessage({ ok: false, text: t('letters.send.copyFailed') });
    }
  });
  const share = guard(async () => {
    try {
      await navigator.share({ title: subject, text: body });
    } catch (error) {
      // Closing the share sheet is a choice, not a failure.
      if ((error as Error)?.name !== 'AbortError') setMessage({ ok: false, text: t('letters.send.shareFailed') });
    }
  });
  const download = guard(() => {
    const name = neutralFileName(Date.now());
    downloadText(body, name);
    setMessage({ ok: true, text: t('letters.send.downloaded', { name }) });
  });

  return (
    <section aria-labelledby="letter-send-title">
      <h2 id="letter-send-title">{heading}</h2>
      <p class="warning">{t('letters.send.warning')}</p>
      <div class="row send-actions">
        <button type="button" class="secondary" onClick={copy}>{t('letters.send.copy')}</button>
        {canShare && <button type="button" class="secondary" onClick={share}>{t('letters.send.share')}</button>}
        <a class="button secondary" href={mailtoHref(subject, body)} onClick={guard(() => undefined)}>{t('letters.send.email')}</a>
        <a class="button secondary" href={smsHref(body)} onClick={guard(() => undefined)}>{t('letters.send.sms')}</a>
        <button type="button" class="secondary" onClick={guard(() => printText(body, lang))}>{t('letters.send.print')}</button>
        <button type="button" class="secondary" onClick={download}>{t('letters.send.download')}</button>
      </div>
      {message && <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'success' : 'error'}>{message.text}</p>}
    </section>
  );
}
