// The safety plan model: tick, edit, add, remove, skip, progress, and loading whatever was stored.
import { describe, expect, it } from 'vitest';
import {
  MAX_ITEM, addItem, editItem, emptyPlan, normalisePlan, percent, planProgress, removeContact, removeItem,
  restoreSuggestions, saveContact, sectionProgress, setItemDone, setNotes, setSkipped, validateItemText, visibleItems,
} from '../../src/features/safety-plan/model';
import { SECTION_IDS, SUGGESTIONS } from '../../src/features/safety-plan/sections';
import { CATALOGS } from '../../src/i18n';

const TOTAL = SECTION_IDS.reduce((n, id) => n + SUGGESTIONS[id].length, 0);

describe('a new plan', () => {
  it('has every section of an after-breakup plan, each with its suggested actions, none done', () => {
    const plan = emptyPlan(1);
    expect(Object.keys(plan.sections)).toEqual([...SECTION_IDS]);
    expect(SECTION_IDS).toEqual(['warning', 'people', 'emergency', 'home', 'work', 'travel', 'children', 'pets', 'technology', 'legal', 'emotional']);
    for (const id of SECTION_IDS) {
      expect(plan.sections[id].items.map((i) => i.suggestion)).toEqual([...SUGGESTIONS[id]]);
      expect(plan.sections[id].items.length).toBeGreaterThanOrEqual(3);
    }
    expect(planProgress(plan)).toEqual({ done: 0, total: TOTAL });
    expect(percent(planProgress(plan))).toBe(0);
  });

  it('has words for every section and suggestion in English and Spanish, and they differ', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const id of SECTION_IDS) {
        expect(CATALOGS[lang][`plan.section.${id}`]).toBeTruthy();
        expect(CATALOGS[lang][`plan.hint.${id}`]).toBeTruthy();
        for (const s of SUGGESTIONS[id]) expect(CATALOGS[lang][`plan.sug.${s}`], s).toBeTruthy();
      }
    }
    for (const id of SECTION_IDS) for (const s of SUGGESTIONS[id]) expect(CATALOGS.es[`plan.sug.${s}`]).not.toBe(CATALOGS.en[`plan.sug.${s}`]);
  });
});

describe('ticking', () => {
  it('marks an action done and undone, and the progress follows', () => {
    let plan = setItemDone(emptyPlan(), 'people', 'peopleCodeWord', true);
    expect(plan.sections.people.items.find((i) => i.id === 'peopleCodeWord')?.done).toBe(true);
    expect(sectionProgress(plan.sections.people)).toEqual({ done: 1, total: SUGGESTIONS.people.length });
    expect(planProgress(plan)).toEqual({ done: 1, total: TOTAL });
    plan = setItemDone(plan, 'people', 'peopleCodeWord', false);
    expect(planProgress(plan).done).toBe(0);
  });

  it('ignores an unknown item and returns the same plan', () => {
    const plan = emptyPlan();
    expect(setItemDone(plan, 'home', 'nope', true)).toBe(plan);
  });

  it('never changes the plan it was given', () => {
    const plan = emptyPlan();
    const before = JSON.stringify(plan);
    setItemDone(plan, 'home', 'homeLocks', true);
    addItem(plan, 'home', 'Buy a door chain');
    expect(JSON.stringify(plan)).toBe(before);
  });
});

describe('editing and adding', () => {
  it('replaces a suggestion’s words with the person’s own, keeping its tick', () => {
    let plan = setItemDone(emptyPlan(), 'home', 'homeLocks', true);
    plan = editItem(plan, 'home', 'homeLocks', '  Locksmith on Tuesday  ');
    const item = plan.sections.home.items.find((i) => i.id === 'homeLocks')!;
    expect(item).toMatchObject({ text: 'Locksmith on Tuesday', suggestion: 'homeLocks', done: true });
  });

  it('adds an own action at the end, not done, counted in the progress', () => {
    const plan = addItem(emptyPlan(), 'pets', 'Ask Sam to take the dog', 'own-1');
    expect(plan.sections.pets.items.at(-1)).toEqual({ id: 'own-1', text: 'Ask Sam to take the dog', done: false });
    expect(sectionProgress(plan.sections.pets).total).toBe(SUGGESTIONS.pets.length + 1);
    expect(planProgress(setItemDone(plan, 'pets', 'own-1', true))).toEqual({ done: 1, total: TOTAL + 1 });
  });

  it('rejects empty or too long words and changes nothing', () => {
    const plan = emptyPlan();
    expect(validateItemText('   ')).toBe('empty');
    expect(validateItemText('x'.repeat(MAX_ITEM + 1))).toBe('tooLong');
    expect(validateItemText('Pack a bag')).toBeNull();
    expect(addItem(plan, 'home', '  ')).toBe(plan);
    expect(editItem(plan, 'home', 'homeLocks', '')).toBe(plan);
    expect(addItem(plan, 'home', 'x'.repeat(MAX_ITEM + 1))).toBe(plan);
  });

  it('deletes an own action, hides a suggestion (untick it), and can bring suggestions back', () => {
    let plan = addItem(emptyPlan(), 'children', 'Mine', 'own');
    plan = setItemDone(plan, 'children', 'childPickup', true);
    plan = removeItem(removeItem(plan, 'children', 'own'), 'children', 'childPickup');
    expect(plan.sections.children.items.some((i) => i.id === 'own')).toBe(false);
    expect(plan.sections.children.items.find((i) => i.id === 'childPickup')).toMatchObject({ hidden: true, done: false });
    expect(visibleItems(plan.sections.children).map((i) => i.id)).not.toContain('childPickup');
    expect(sectionProgress(plan.sections.children).total).toBe(SUGGESTIONS.children.length - 1);
    plan = restoreSuggestions(plan, 'children');
    expect(visibleItems(plan.sections.children)).toHaveLength(SUGGESTIONS.children.length);
  });
});

describe('notes, contacts and skipping', () => {
  it('keeps notes per section', () => {
    const plan = setNotes(emptyPlan(), 'warning', 'He drives past on Fridays');
    expect(plan.sections.warning.notes).toBe('He drives past on Fridays');
    expect(plan.sections.home.notes).toBe('');
  });

  it('adds, replaces and removes a section contact, trimming it', () => {
    let plan = saveContact(emptyPlan(), 'people', { name: ' Ana ', role: 'trusted', phone: '555 0100', note: '' }, 'c1');
    expect(plan.sections.people.contacts).toEqual([{ id: 'c1', name: 'Ana', role: 'trusted', phone: '555 0100', note: '' }]);
    plan = saveContact(plan, 'people', { name: 'Ana M.', role: 'trusted', phone: '555 0100', note: 'code word: blue' }, 'c1');
    expect(plan.sections.people.contacts).toHaveLength(1);
    expect(plan.sections.people.contacts[0].note).toBe('code word: blue');
    expect(removeContact(plan, 'people', 'c1').sections.people.contacts).toEqual([]);
    expect(saveContact(plan, 'people', { name: '  ', role: 'trusted', phone: '', note: '' })).toBe(plan);
  });

  it('leaves a skipped section out of the overall progress', () => {
    const plan = setSkipped(setItemDone(emptyPlan(), 'pets', 'petsCare', true), 'pets', true);
    expect(planProgress(plan)).toEqual({ done: 0, total: TOTAL - SUGGESTIONS.pets.length });
  });
});

describe('loading what was stored', () => {
  it('round-trips through JSON', () => {
    let plan = addItem(emptyPlan(5), 'legal', 'Call the court clerk', 'x');
    plan = setNotes(setItemDone(plan, 'legal', 'x', true), 'legal', 'Case 12');
    expect(normalisePlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  it('turns garbage into an empty plan and repairs damaged parts', () => {
    expect(normalisePlan(null)).toEqual(emptyPlan(0));
    expect(normalisePlan('nonsense')).toEqual(emptyPlan(0));
    const repaired = normalisePlan({
      sections: {
        home: { items: [{ id: 'homeLocks', suggestion: 'homeLocks', done: true }, { id: 'bad' }, 7, { id: 'homeLocks', suggestion: 'homeLocks' }, { id: 'z', suggestion: 'petsCare' }], notes: 42, contacts: [{ name: 'No id' }, { id: 'k', name: 'Kim', role: 'wizard', phone: '1' }] },
        nonsense: {},
      },
    });
    const ids = repaired.sections.home.items.map((i) => i.id);
    expect(ids[0]).toBe('homeLocks');
    expect(repaired.sections.home.items[0].done).toBe(true);
    expect(ids.filter((id) => id === 'homeLocks')).toHaveLength(1);
    expect(ids).not.toContain('bad');
    expect(ids).not.toContain('z'); // a suggestion from another section is not this section's
    expect(repaired.sections.home.notes).toBe('');
    expect(repaired.sections.home.contacts).toEqual([{ id: 'k', name: 'Kim', role: 'other', phone: '1', note: '' }]);
    expect(Object.keys(repaired.sections)).toEqual([...SECTION_IDS]);
  });

  it('adds suggestions that a stored (older) plan does not have yet', () => {
    const old = { sections: { pets: { items: [{ id: 'own', text: 'Vet: Dr Lee', done: true }], notes: '', contacts: [] } } };
    const plan = normalisePlan(old);
    expect(plan.sections.pets.items.map((i) => i.id)).toEqual(['own', ...SUGGESTIONS.pets]);
  });
});
