// Registry of what must happen when the user leaves in a hurry (the vault registers its lock).
/**
 * A hook acts at once; it may return what it still finishes (a last write), which leaving waits
 * for, briefly. `pageGone`: the page itself is going away (back/forward cache): nothing can finish.
 */
type ExitHook = (pageGone: boolean) => void | Promise<unknown>;
const hooks = new Set<ExitHook>();

/** How long leaving waits for what a hook still finishes (the vault's last draft write). */
export const LAST_WRITE_MS = 100;

/** Hooks run synchronously, in the same task as the exit, so keys are gone before we leave. */
export function onQuickExit(hook: ExitHook): () => void {
  hooks.add(hook);
  return () => hooks.delete(hook);
}

/** Runs every hook now; resolves once what they still finish is done (never rejects). */
export function runExitHooks(pageGone = false): Promise<void> {
  const finishing: Promise<unknown>[] = [];
  for (const hook of hooks) {
    try {
      const rest = hook(pageGone);
      if (rest) finishing.push(rest.catch(() => undefined));
    } catch {
      // One failing hook must never stop the exit.
    }
  }
  return Promise.all(finishing).then(() => undefined);
}
