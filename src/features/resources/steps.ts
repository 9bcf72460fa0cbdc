// The experts' steps after a breakup (DOMAIN.md §4), where Daybook helps with each, and progress.
import type { Route } from '../../ui/router';

export type StepLinkId =
  | 'letter' | 'journal' | 'journalNew' | 'planTech' | 'planPeople' | 'friendsLetter'
  | 'report' | 'platformLetter' | 'planHome' | 'planLegal' | 'hotlines' | 'contacts' | 'planEmotional';

export interface StepLink {
  id: StepLinkId;
  to: Route;
}

export const STEP_IDS = ['tell', 'noReply', 'block', 'document', 'people', 'report', 'secure', 'order', 'support'] as const;
export type StepId = (typeof STEP_IDS)[number];

const link = (id: StepLinkId, to: Route): StepLink => ({ id, to });
const letter = (template: string): Route => ({ screen: 'letters', sub: { to: 'new', template } });
const plan = (id: string): Route => ({ screen: 'plan', sub: { to: 'section', id } });

export const STEP_LINKS: Record<StepId, readonly StepLink[]> = {
  tell: [link('letter', letter('noticeShort'))],
  noReply: [link('journal', { screen: 'journal' })],
  block: [link('planTech', plan('technology'))],
  document: [link('journalNew', { screen: 'journal', sub: { to: 'new' } })],
  people: [link('planPeople', plan('people')), link('friendsLetter', letter('circle'))],
  report: [link('report', { screen: 'journal', sub: { to: 'report' } }), link('platformLetter', letter('platform')), link('planLegal', plan('legal'))],
  secure: [link('planHome', plan('home')), link('planTech', plan('technology'))],
  order: [link('planLegal', plan('legal')), link('hotlines', { screen: 'resources' })],
  support: [link('hotlines', { screen: 'resources' }), link('contacts', { screen: 'resources', sub: { to: 'contacts' } }), link('planEmotional', plan('emotional'))],
};

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

/** Known step ids only, each once, in the experts' order. */
export function normaliseSteps(done: unknown): StepId[] {
  const list = Array.isArray(done) ? done : [];
  return STEP_IDS.filter((id) => list.includes(id));
}

export function setStepDone(done: readonly StepId[], id: StepId, on: boolean): StepId[] {
  return normaliseSteps(on ? [...done, id] : done.filter((d) => d !== id));
}

export function stepsProgress(done: readonly StepId[]): { done: number; total: number } {
  return { done: normaliseSteps(done).length, total: STEP_IDS.length };
}

/** The first step not yet done: where the guide suggests picking up. */
export function nextStep(done: readonly StepId[]): StepId | undefined {
  return STEP_IDS.find((id) => !done.includes(id));
}
