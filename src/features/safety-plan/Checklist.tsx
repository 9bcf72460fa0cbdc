// A part's actions: tick, edit, remove, add your own, bring back removed suggestions.
import { useState } from 'preact/hooks';
import { t, translate, getLang } from '../../i18n';
import { ChecklistItem } from './ChecklistItem';
import { MAX_ITEM, addItem, restoreSuggestions, validateItemText, visibleItems, type PlanSection } from './model';
import type { SectionId } from './sections';
import type { PlanState } from './usePlan';

export function Checklist({ id, section, change }: { id: SectionId; section: PlanSection; change: PlanState['change'] }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const items = visibleItems(section);
  const hidden = section.items.length - items.length;
  const tr = (key: Parameters<typeof translate>[1]) => translate(getLang(), key);

  async function add() {
    const problem = validateItemText(draft);
    if (problem) return setError(t(`plan.error.${problem}`, { max: MAX_ITEM }));
    setError('');
    await change((plan) => addItem(plan, id, draft));
    setDraft('');
  }

  return (
    <div class="checklist">
      <h3>{t('plan.checklist')}</h3>
      {items.length ? (
        <ul class="check-list">
          {items.map((item) => <ChecklistItem key={item.id} section={id} item={item} tr={tr} change={change} />)}
        </ul>
      ) : <p class="hint">{t('plan.noItems')}</p>}
      <div class="field add-item">
        <label for={`new-item-${id}`}>{t('plan.newItem')}</label>
        <div class="row nowrap">
          <input
            id={`new-item-${id}`}
            value={draft}
            maxLength={MAX_ITEM}
            autocomplete="off"
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
