// What the person has already done elsewhere in Daybook, so the step guide follows along:
// a notice sent (letters), a journal started, a safety plan begun.
import { firstNoticeAt } from '../letters/store';
import { loadJournal } from '../journal/store';
import { loadPlan } from '../safety-plan/store';
import { planProgress } from '../safety-plan/model';
import type { StepId } from './steps';

export interface AppProgress {
  noticeSentAt: number | null;
  entries: number;
  /** Plan actions ticked (0: not begun). */
  planDone: number;
}

export async function loadProgress(): Promise<AppProgress> {
  const [noticeSentAt, journal, plan] = await Promise.all([firstNoticeAt(), loadJournal(), loadPlan()]);
  return { noticeSentAt, entries: journal.entries.length, planDone: planProgress(plan).done };
}

/** Steps the records themselves show as done, whatever was ticked. */
export function stepsShownDone(progress: AppProgress): StepId[] {
  const done: StepId[] = [];
  if (progress.noticeSentAt !== null) done.push('tell');
  if (progress.entries > 0) done.push('document');
  // The plan's home and technology parts are where locks, passwords and the number get changed.
  if (progress.planDone > 0) done.push('secure');
  return done;
}
