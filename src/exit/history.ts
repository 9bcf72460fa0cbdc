// The tab's history, in one place: at most one extra entry of the app, which the browser's Back
// spends to go up a level inside the app. The URL never changes; Quick exit unwinds the entry.

const MARK = { daybook: 'up' } as const;

let armed = false;
/** Traversals this module started itself, whose popstate must not count as the person's Back. */
let ownTraversals = 0;
let onBack: (() => void) | null = null;
let unwound: (() => void) | null = null;
/** What the screen asked for while one of our own traversals was still on its way (Back is async). */
let wanted: boolean | null = null;

function onPopState(): void {
  if (ownTraversals > 0) {
    ownTraversals--;
    unwound?.();
    unwound = null;
    // A push made before the traversal landed would have been undone by it: make it now.
    if (ownTraversals === 0 && wanted !== null) {
      const next = wanted;
      wanted = null;
      apply(next);
    }
    return;
  }
  if (armed) {
    // The person pressed Back: the extra entry is spent, the app goes up one level.
    armed = false;
    onBack?.();
    return;
  }
  // Forward onto an old extra entry: step back off it, so the app never holds two.
  if ((history.state as typeof MARK | null)?.daybook === MARK.daybook) traverseBack();
}

function traverseBack(): void {
  ownTraversals++;
  history.back();
}

/** Called once at start: `back` runs when the person presses Back inside a sub-screen. */
export function installBackTrap(back: () => void): void {
  onBack = back;
  addEventListener('popstate', onPopState);
}

/**
 * Keeps the extra entry in step with the screen: present inside a sub-screen (so Back has
 * something to spend), gone at a screen's top (so Back leaves, as the person expects there).
 */
export function syncBackTrap(inSubScreen: boolean): void {
  if (ownTraversals > 0) {
    wanted = inSubScreen;
    return;
  }
  apply(inSubScreen);
}

function apply(inSubScreen: boolean): void {
  if (inSubScreen && !armed) {
    history.pushState(MARK, '', location.href);
    armed = true;
  } else if (!inSubScreen && armed) {
    armed = false;
    traverseBack();
  }
}

/**
 * Removes the extra entry before leaving, so the neutral page replaces the app's only entry
 * and Back from it never reaches the app. The spent entry stays as a Forward entry (no page can
 * prune it), so it is renamed first to the neutral page: Forward then opens that, never the app.
 * Resolves at once when there is none.
 */
export function unwindBackTrap(neutralUrl: string): Promise<void> {
  wanted = null;
  if (!armed && ownTraversals === 0) return Promise.resolve();
  return new Promise<void>((resolve) => {
    unwound = resolve;
    if (armed) {
      armed = false;
      history.replaceState(null, '', neutralUrl);
      traverseBack();
    }
  });
}
