// One action in the checklist: a checkbox with the words, or (while editing) a field to change them.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { MAX_ITEM, editItem, setItemDone, validateItemText, type PlanItem } from './model';
import { itemLabel, type Translate } from './printable';
import type { SectionId } from './sections';
import type { PlanState } from './usePlan';
import { privateText } from '../../ui/privateText';

interface Props {
  section: SectionId;
  item: PlanItem;
  tr: Translate;
  change: PlanState['change'];
  onRemove(): Promise<void>;
}

export function ChecklistItem({ section, item, tr, change, onRemove }: Props) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const label = itemLabel(item, tr);
  const domId = `item-${section}-${item.id}`;
  const checkbox = useRef<HTMLInputElement>(null);
  const wasEditing = useRef(false);
  // Back from editing, focus returns to the action itself rather than the top of the page.
  useEffect(() => {
    if (wasEditing.current && !editing) checkbox.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  async function save() {
    const problem = validateItemText(text);
    if (problem) return setError(t(`plan.error.${problem}`, { max: MAX_ITEM }));
    const failed = await change((plan) => editItem(plan, section, item.id, text));
    if (failed) return setError(failed.message);
    setEditing(false);
    setError('');
  }

  if (editing) {
    return (
      <li class="check-item editing">
        <div class="field">
          <label for={`${domId}-edit`}>{t('plan.itemText')}</label>
          <textarea
            id={`${domId}-edit`}
            value={text}
            maxLength={MAX_ITEM}
            {...privateText}
            autoFocus
            aria-invalid={error ? true : undefined}
            onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          />
          {error && <p class="error" role="alert">{error}</p>}
          <div class="row">
            <button type="button" onClick={() => void save()}>{t('common.save')}</button>
            <button type="button" class="secondary" onClick={() => { setEditing(false); setError(''); }}>{t('common.cancel')}</button>
          </div>
        </div>
      </li>
    );
  }

  return (
    <li class={item.done ? 'check-item done' : 'check-item'}>
      <input ref={checkbox} type="checkbox" id={domId} checked={item.done} onChange={(e) => void change((plan) => setItemDone(plan, section, item.id, (e.currentTarget as HTMLInputElement).checked))} />
      <label for={domId}>{label}</label>
      <span class="item-actions">
        <button type="button" class="secondary small" aria-label={t('plan.editItem', { text: label })} onClick={() => { setText(label); setEditing(true); }}>
          {t('common.edit')}
        </button>
        <button type="button" class="secondary small" aria-label={t('plan.removeItem', { text: label })} onClick={() => void onRemove()}>
          {t('plan.remove')}
        </button>
      </span>
    </li>
  );
}
