// One row of the list or timeline: when, how, the start of what happened, and its markers.
import { t, formatDateTime } from '../../../i18n';
import { plural } from '../../../i18n';
import type { Entry } from '../record/chain';
import { channelList } from '../labels';

export const ROW_PX = 112;
export const MONTH_PX = 52;

interface RowProps { entry: Entry; afterNotice: boolean; inOrder: boolean; focusable: boolean; onOpen(id: string): void }

export function EntryRow({ entry, afterNotice, inOrder, focusable, onOpen }: RowProps) {
  const d = entry.current;
  const isNotice = d.kind === 'notice';
  return (
    <button type="button" class={`entry-row${isNotice ? ' is-notice' : ''}`} tabIndex={focusable ? 0 : -1} onClick={() => onOpen(entry.id)}>
      <span class="entry-row-top">
        <time dateTime={new Date(d.occurredAt).toISOString()}>{formatDateTime(d.occurredAt)}</time>
        {isNotice && <span class="badge notice">{t('journal.badge.notice')}</span>}
        {afterNotice && <span class="badge after">{t('journal.badge.after')}</span>}
        {inOrder && <span class="badge after">{t('journal.badge.order')}</span>}
        {entry.versions.length > 1 && <span class="badge">{t('journal.badge.amended')}</span>}
        {entry.clockBehind.length > 0 && <span class="badge after">{t('journal.badge.clockBehind')}</span>}
        {d.kind === 'incident' && d.times > 1 && <span class="badge">{plural(d.times, 'journal.field.timesValue')}</span>}
        {d.evidence.length > 0 && <span class="badge">{plural(d.evidence.length, 'journal.badge.evidence')}</span>}
      </span>
      {d.channels.length > 0 && <span class="entry-row-how">{channelList(d.channels)}</span>}
      <span class="entry-row-what" dir="auto">{d.what}</span>
    </button>
  );
}
