// The plan in the vault: one record with a random id, written one change at a time.
import { repository, vault } from '../../vault';
import { normalisePlan, type Plan } from './model';

const repo = repository<Plan>('plan');

// What the vault holds now: the view falls back to it when a write fails. Dropped on lock.
let saved: { id?: string; plan: Plan } | undefined;
let queue: Promise<unknown> = Promise.resolve();
vault.onLock(() => {
  saved = undefined;
  queue = Promise.resolve();
});

export async function loadPlan(): Promise<Plan> {
  if (saved) return saved.plan;
  const records = await repo.list();
  // Normally one record; if a crash ever left two, the newest wins.
  const newest = records.sort((a, b) => (b.value?.updatedAt ?? 0) - (a.value?.updatedAt ?? 0))[0];
  saved = { id: newest?.id, plan: normalisePlan(newest?.value) };
  return saved.plan;
}

/** Writes the whole plan after any earlier write finishes; rejects (and keeps the old plan) on failure. */
export function savePlan(plan: Plan): Promise<void> {
  const run = queue.catch(() => undefined).then(async () => {
    const id = await repo.put(plan, saved?.id);
    saved = { id, plan };
  });
  queue = run;
  return run;
}

/** The last plan the vault accepted. */
export function savedPlan(): Plan | undefined {
  return saved?.plan;
}
