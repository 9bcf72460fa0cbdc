// The experts' steps after a breakup (DOMAIN.md §4), where Daybook helps with each, and progress.
import type { ScreenId } from '../../ui/router';

export type StepLinkId =
  | 'letter' | 'journal' | 'journalNew' | 'planTech' | 'planPeople' | 'friendsLetter'
  | 'report' | 'platformLetter' | 'planHome' | 'planLegal' | 'hotlines' | 'contacts' | 'planEmotional';

export interface StepLink {
  id: StepLinkId;
  screen: ScreenId;
  detail?: string;
}

export const STEP_IDS = ['tell', 'noReply', 'block', 'document', 'people', 'report', 'secure', 'order', 'support'] as const;
export type StepId = (typeof STEP_IDS)[number];

const link = (id: StepLinkId, screen: ScreenId, detail?: string): StepLink => ({ id, screen, detail });

// Details are the other screens' own sub-views: letters "new:<template>", journal "new".
export const STEP_LINKS: Record<StepId, readonly StepLink[]> = {
  tell: [link('letter', 'letters', 'new:noticeShort')],
  noReply: [link('journal', 'journal')],
  block: [link('planTech', 'plan', 'technology')],
  document: [link('journalNew', 'journal', 'new')],
  people: [link('planPeople', 'plan', 'people'), link('friendsLetter', 'letters', 'new:circle')],
  report: [link('report', 'journal'), link('platformLetter', 'letters', 'new:platform'), link('planLegal', 'plan', 'legal')],
  secure: [link('planHome', 'plan', 'home'), link('planTech', 'plan', 'technology')],
  order: [link('planLegal', 'plan', 'legal'), link('hotlines', 'resources', 'hotlines')],
  support: [link('hotlines', 'resources', 'hotlines'), link('contacts', 'resources', 'contacts'), link('planEmotional', 'plan', 'emotional')],
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
