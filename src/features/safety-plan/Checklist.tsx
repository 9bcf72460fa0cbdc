// A part's actions: tick, edit, remove, add your own, bring back removed suggestions.
import { useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { ChecklistItem } from './ChecklistItem';
import { MAX_ITEM, addItem, removeItem, restoreSuggestions, validateItemText, visibleItems, type PlanSection } from './model';
import type { SectionId } from './sections';
import type { PlanState } from './usePlan';
import { privateText } from '../../ui/privateText';

export function Checklist({ id, section, change }: { id: SectionId; section: PlanSection; change: PlanState['change'] }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const items = visibleItems(section);
  const hidden = section.items.length - items.length;
  const list = useRef<HTMLUListElement>(null);

  // The removed row takes focus with it: hand it to the next action, or to the "New action" field.
  async function remove(itemId: string, index: number) {
    await change((plan) => removeItem(plan, id, itemId));
    const boxes = list.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    (boxes?.[Math.min(index, boxes.length - 1)] ?? document.getElementById(`new-item-${id}`))?.focus();
  }

  async function add() {
    const problem = validateItemText(draft);
    if (problem) return setError(t(`plan.error.${problem}`, { max: MAX_ITEM }));
    setError('');
    // Keep the words in the field if saving failed (the error is announced by the screen).
    if (!(await change((plan) => addItem(plan, id, draft)))) setDraft('');
  }

  return (
    <div class="checklist">
      <h3>{t('plan.checklist')}</h3>
      {items.length ? (
        <ul class="check-list" ref={list}>
          {items.map((item, index) => <ChecklistItem key={item.id} section={id} item={item} tr={t} change={change} onRemove={() => remove(item.id, index)} />)}
        </ul>
      ) : <p class="hint">{t('plan.noItems')}</p>}
      <div class="field add-item">
        <label for={`new-item-${id}`}>{t('plan.newItem')}</label>
        <div class="row nowrap">
          <input
            id={`new-item-${id}`}
            value={draft}
            maxLength={MAX_ITEM}
            {...privateText}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `new-item-${id}-error` : undefined}
            onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void add();
              }
            }}
          />
          <button type="button" onClick={() => void add()}>{t('plan.add')}</button>
        </div>
        {error && <p id={`new-item-${id}-error`} class="error" role="alert">{error}</p>}
      </div>
      {hidden > 0 && (
        <button type="button" class="secondary" onClick={() => void change((plan) => restoreSuggestions(plan, id))}>
          {t('plan.restore', { count: hidden })}
        </button>
      )}
    </div>
  );
}
