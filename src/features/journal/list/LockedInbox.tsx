// "Logged while locked: N": what the lock screen sealed, shown after a real unlock, each to accept
// into the journal or discard. Anyone holding the locked phone can log too, so nothing enters
// the journal unseen.
import { useState } from 'preact/hooks';
import { t, formatDateTime, formatNumber } from '../../../i18n';
import { plural } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { useAsync } from '../../../ui/useAsync';
import { acceptLocked, discardLocked, lockedWaiting, type LockedItem } from '../store';
import { channelList } from '../labels';
import { CHANNELS } from '../model';

export function LockedInbox() {
  const waiting = useAsync(lockedWaiting);
  const [done, setDone] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const items = (waiting.data ?? []).filter((i) => !done.includes(i.id));
  if (!items.length && !message) return null;

  const act = async (item: LockedItem, accept: boolean) => {
    if (busy) return;
    setBusy(true);
    try {
      if (accept) await acceptLocked(item);
      else await discardLocked(item);
      setDone((d) => [...d, item.id]);
      setMessage(t(accept ? 'locked.accepted' : 'locked.discarded'));
    } catch (error) {
      setMessage(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card locked-inbox" aria-labelledby="j-locked-title">
      {items.length > 0 && <h2 id="j-locked-title">{t('locked.waiting', { count: formatNumber(items.length) })}</h2>}
      {items.length > 0 && <p class="hint">{t('locked.waitingHint')}</p>}
      <ul class="locked-list">
        {items.map((item, n) => {
          const channels = CHANNELS.filter((c) => item.channels.includes(c));
          return (
            <li key={item.id} aria-labelledby={`j-locked-${n}`}>
              <p id={`j-locked-${n}`} class="locked-what">
                <strong>{channels.length ? channelList(channels) : t('journal.channel.none')}</strong>
                {item.times > 1 && ` · ${plural(item.times, 'journal.field.timesValue')}`}
              </p>
              {item.what && <p class="pre" dir="auto">{item.what}</p>}
              <p class="hint">{t('locked.when', { logged: formatDateTime(item.at), happened: formatDateTime(item.occurredAt) })}</p>
              <div class="row">
                <button type="button" disabled={busy} onClick={() => void act(item, true)}>{t('locked.accept')}</button>
                <button type="button" class="secondary" disabled={busy} onClick={() => void act(item, false)}>{t('locked.discard')}</button>
              </div>
            </li>
          );
        })}
      </ul>
      <p role="status" class="success">{message}</p>
    </section>
  );
}
