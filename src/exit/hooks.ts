// Registry of what must happen when the user leaves in a hurry (the vault registers its lock).
type ExitHook = () => void;
const hooks = new Set<ExitHook>();

/** Hooks run synchronously, in the same task as the exit, so keys are gone before we leave. */
export function onQuickExit(hook: ExitHook): () => void {
  hooks.add(hook);
  return () => hooks.delete(hook);
}

export function runExitHooks(): void {
  for (const hook of hooks) {
    try {
      hook();
    } catch {
      // One failing hook must never stop the exit.
    }
  }
}
