// An entry's fields as a description list (detail view, history and report share it).
import { t, formatDateTime } from '../../../i18n';
import { plural } from '../../../i18n';
import { sparcOf, type EntryData } from '../model';
import { channelList, childrenLabel, sparcLabel } from '../labels';

function Item({ label, value, pre }: { label: string; value: string; pre?: boolean }) {
  if (!value) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd class={pre ? 'pre' : undefined} dir="auto">{value}</dd>
    </>
  );
}

/** "6 times, 8:42 AM to 8:52 AM" (issue 13). */
export function timesText(data: EntryData): string {
  const count = plural(data.times ?? 1, 'journal.field.timesValue');
  if (data.until === undefined) return count;
  const time = (ms: number) => formatDateTime(ms, { timeStyle: 'short' });
  return `${count}, ${t('journal.field.span', { from: time(data.occurredAt), to: time(data.until) })}`;
}

/** Empty fields are left out: an unanswered question is not shown as an answer. */
export function EntryFields({ data, only }: { data: EntryData; only?: Array<keyof EntryData> }) {
  const show = (k: keyof EntryData) => !only || only.includes(k);
  const p = data.police;
  const police = [
    p.contacted ? t('journal.field.policeContacted') : '',
    p.officer && `${t('journal.field.officer')}: ${p.officer}`,
    p.badge && `${t('journal.field.badge')}: ${p.badge}`,
    p.reportNumber && `${t('journal.field.reportNumber')}: ${p.reportNumber}`,
  ].filter(Boolean).join('\n');
  return (
    <dl class="fields">
      {show('occurredAt') && <Item label={t('journal.field.when')} value={formatDateTime(data.occurredAt)} />}
      {show('channels') && <Item label={t('journal.field.how')} value={channelList(data.channels)} />}
      {show('times') && data.kind === 'incident' && <Item label={t('journal.field.times')} value={timesText(data)} />}
      {show('sparc') && data.kind === 'incident' && <Item label={t('journal.field.sparc')} value={sparcOf(data).map(sparcLabel).join(', ')} />}
      {show('what') && <Item label={t('journal.field.what')} value={data.what} pre />}
      {show('exactWords') && <Item label={t('journal.field.exactWords')} value={data.exactWords} pre />}
      {show('exactWords') && data.wordsTranslation && <Item label={t('journal.field.wordsTranslationMine')} value={data.wordsTranslation} pre />}
      {show('where') && <Item label={t('journal.field.where')} value={data.where} />}
      {show('witnesses') && <Item label={t('journal.field.witnesses')} value={data.witnesses.map((w) => [w.name, w.contact].filter(Boolean).join(' — ')).join('\n')} pre />}
      {show('children') && data.children !== 'unknown' && <Item label={t('journal.field.children')} value={childrenLabel(data.children)} />}
      {show('weaponOrVehicle') && <Item label={t('journal.field.weaponOrVehicle')} value={data.weaponOrVehicle} />}
      {show('police') && <Item label={t('journal.field.police')} value={police} pre />}
      {show('otherReports') && <Item label={t('journal.field.otherReports')} value={data.otherReports} pre />}
      {show('impact') && <Item label={t('journal.field.impact')} value={data.impact} pre />}
      {show('evidence') && <Item label={t('journal.field.evidence')} value={data.evidence.map((e) => e.name).join(', ')} />}
      {data.notice && show('notice') && <Item label={t('journal.notice.channel')} value={data.notice.channel} />}
    </dl>
  );
}
