// The safety plan as data, and every change to it as a pure function (tick, edit, add, progress).
import { normaliseContact, type Contact } from '../resources/contacts';
import { SECTION_IDS, SUGGESTIONS, isSuggestionOf, type SectionId, type SuggestionId } from './sections';

export interface PlanItem {
  id: string;
  /** Set for a suggested action; its words come from the catalog until the person edits them. */
  suggestion?: SuggestionId;
  /** The person's own words (a custom action, or an edited suggestion). */
  text?: string;
  done: boolean;
  /** A suggestion the person removed: kept hidden so it does not come back on the next load. */
  hidden?: boolean;
}

export interface PlanContact extends Contact { id: string }

export interface PlanSection {
  items: PlanItem[];
  notes: string;
  contacts: PlanContact[];
  /** "Does not apply to me" (no children, no pets): left out of the progress. */
  skipped: boolean;
}

export interface Plan {
  version: 1;
  sections: Record<SectionId, PlanSection>;
  updatedAt: number;
}

export const MAX_ITEM = 300;
export const MAX_NOTES = 20_000;
export type ItemError = 'empty' | 'tooLong';

export function newId(): string {
  return crypto.randomUUID();
}

function freshSection(section: SectionId): PlanSection {
  return { items: SUGGESTIONS[section].map((id) => ({ id, suggestion: id, done: false })), notes: '', contacts: [], skipped: false };
}

export function emptyPlan(now = Date.now()): Plan {
  const sections = {} as Record<SectionId, PlanSection>;
  for (const id of SECTION_IDS) sections[id] = freshSection(id);
  return { version: 1, sections, updatedAt: now };
}

function normaliseItem(section: SectionId, raw: unknown): PlanItem | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Record<string, unknown>;
  if (typeof value.id !== 'string' || !value.id) return null;
  const suggestion = isSuggestionOf(section, value.suggestion) ? value.suggestion : undefined;
  const text = typeof value.text === 'string' && value.text.trim() ? value.text.trim().slice(0, MAX_ITEM) : undefined;
  if (!suggestion && !text) return null;
  return { id: value.id, suggestion, text, done: value.done === true, hidden: suggestion && value.hidden === true ? true : undefined };
}

/** Whatever was stored (an older version, a damaged field) becomes a complete, valid plan. */
export function normalisePlan(raw: unknown): Plan {
  const plan = emptyPlan(0);
  if (typeof raw !== 'object' || raw === null) return plan;
  const value = raw as { sections?: Record<string, unknown>; updatedAt?: unknown };
  plan.updatedAt = typeof value.updatedAt === 'number' ? value.updatedAt : 0;
  for (const id of SECTION_IDS) {
    const stored = value.sections?.[id] as Partial<Record<keyof PlanSection, unknown>> | undefined;
    if (!stored) continue;
    const items = (Array.isArray(stored.items) ? stored.items : []).map((item) => normaliseItem(id, item)).filter((i): i is PlanItem => i !== null);
    const unique = items.filter((item, index) => items.findIndex((other) => other.id === item.id) === index);
    // Suggestions added in a later version appear for people who already have a plan.
    const missing = SUGGESTIONS[id].filter((s) => !unique.some((item) => item.suggestion === s));
    const contacts = (Array.isArray(stored.contacts) ? stored.contacts : []).flatMap((c) => {
      const contact = normaliseContact(c);
      const cid = (c as { id?: unknown })?.id;
      return contact && typeof cid === 'string' ? [{ ...contact, id: cid }] : [];
    });
    plan.sections[id] = {
      items: [...unique, ...missing.map((s) => ({ id: s, suggestion: s, done: false }))],
      notes: typeof stored.notes === 'string' ? stored.notes.slice(0, MAX_NOTES) : '',
      contacts,
      skipped: stored.skipped === true,
    };
  }
  return plan;
}

function withSection(plan: Plan, id: SectionId, change: (s: PlanSection) => PlanSection, now = Date.now()): Plan {
  return { ...plan, sections: { ...plan.sections, [id]: change(plan.sections[id]) }, updatedAt: now };
}

function mapItem(plan: Plan, section: SectionId, itemId: string, change: (item: PlanItem) => PlanItem): Plan {
  if (!plan.sections[section].items.some((i) => i.id === itemId)) return plan;
  return withSection(plan, section, (s) => ({ ...s, items: s.items.map((i) => (i.id === itemId ? change(i) : i)) }));
}

export function validateItemText(text: string): ItemError | null {
  if (!text.trim()) return 'empty';
  return text.trim().length > MAX_ITEM ? 'tooLong' : null;
}

export function setItemDone(plan: Plan, section: SectionId, itemId: string, done: boolean): Plan {
  return mapItem(plan, section, itemId, (item) => ({ ...item, done }));
}

/** New words for an action; bad input changes nothing. */
export function editItem(plan: Plan, section: SectionId, itemId: string, text: string): Plan {
  if (validateItemText(text)) return plan;
  return mapItem(plan, section, itemId, (item) => ({ ...item, text: text.trim() }));
}

export function addItem(plan: Plan, section: SectionId, text: string, id = newId()): Plan {
  if (validateItemText(text)) return plan;
  return withSection(plan, section, (s) => ({ ...s, items: [...s.items, { id, text: text.trim(), done: false }] }));
}

/** Own actions are deleted; suggestions are hidden, so "restore" can bring them back. */
export function removeItem(plan: Plan, section: SectionId, itemId: string): Plan {
  const item = plan.sections[section].items.find((i) => i.id === itemId);
  if (!item) return plan;
  if (!item.suggestion) return withSection(plan, section, (s) => ({ ...s, items: s.items.filter((i) => i.id !== itemId) }));
  return mapItem(plan, section, itemId, (i) => ({ ...i, hidden: true, done: false }));
}

export function restoreSuggestions(plan: Plan, section: SectionId): Plan {
  return withSection(plan, section, (s) => ({ ...s, items: s.items.map(({ hidden: _hidden, ...item }) => item) }));
}

export function setNotes(plan: Plan, section: SectionId, notes: string): Plan {
  return withSection(plan, section, (s) => ({ ...s, notes: notes.slice(0, MAX_NOTES) }));
}

export function setSkipped(plan: Plan, section: SectionId, skipped: boolean): Plan {
  return withSection(plan, section, (s) => ({ ...s, skipped }));
}

export function saveContact(plan: Plan, section: SectionId, contact: Contact, id = newId()): Plan {
  const clean = normaliseContact(contact);
  if (!clean) return plan;
  return withSection(plan, section, (s) => {
    const exists = s.contacts.some((c) => c.id === id);
    return { ...s, contacts: exists ? s.contacts.map((c) => (c.id === id ? { ...clean, id } : c)) : [...s.contacts, { ...clean, id }] };
  });
}

export function removeContact(plan: Plan, section: SectionId, id: string): Plan {
  return withSection(plan, section, (s) => ({ ...s, contacts: s.contacts.filter((c) => c.id !== id) }));
}

export function visibleItems(section: PlanSection): PlanItem[] {
  return section.items.filter((i) => !i.hidden);
}

export type Progress = { done: number; total: number };

export function sectionProgress(section: PlanSection): Progress {
  const items = visibleItems(section);
  return { done: items.filter((i) => i.done).length, total: items.length };
}

/** Actions done over actions in the sections that apply. */
export function planProgress(plan: Plan): Progress {
  let done = 0;
  let total = 0;
  for (const id of SECTION_IDS) {
    const section = plan.sections[id];
    if (section.skipped) continue;
    const p = sectionProgress(section);
    done += p.done;
    total += p.total;
  }
  return { done, total };
}

export function percent({ done, total }: Progress): number {
  return total ? Math.round((done / total) * 100) : 0;
}
