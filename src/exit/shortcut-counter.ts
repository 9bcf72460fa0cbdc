// The keyboard shortcuts' rules as a pure state machine (no DOM), so they can be tested alone:
// Shift pressed on its own three times, each within 5 s of the last (GOV.UK), or Escape twice
// within 1 s (NSW). Any other key in between starts the count again.

export const SHIFT_WINDOW_MS = 5000;
export const ESCAPE_WINDOW_MS = 1000;

export interface KeyPress {
  type: 'down' | 'up';
  key: string;
  repeat?: boolean;
  /** Ctrl, Alt or Meta held: Shift is then part of a combination (e.g. a layout switch). */
  modified?: boolean;
  time: number;
}

/** What the page should do after a key: leave, announce progress, or quietly reset. */
export type ShortcutAction = 'exit' | 'shift1' | 'shift2' | 'reset' | null;

export interface ShortcutCounter {
  press(event: KeyPress): ShortcutAction;
  /** Called by a timer: true if a pending Shift count just ran out (worth announcing). */
  expire(time: number): boolean;
  readonly shiftCount: number;
}

export function createShortcutCounter(): ShortcutCounter {
  let shiftCount = 0;
  let lastShift = -Infinity;
  let lastEscape = -Infinity;
  // A Shift counts on release, and only if no other key went down while it was held:
  // Shift+A (a capital letter) is typing, not a request to leave.
  let cleanShift = false;

  function resetAll(): ShortcutAction {
    const had = shiftCount > 0;
    shiftCount = 0;
    cleanShift = false;
    return had ? 'reset' : null;
  }

  return {
    get shiftCount() {
      return shiftCount;
    },
    press({ type, key, repeat = false, modified = false, time }) {
      if (type === 'down') {
        if (repeat) return null;
        if (key === 'Shift') {
          lastEscape = -Infinity;
          cleanShift = !modified;
          return null;
        }
        if (key === 'Escape') {
          const reset = resetAll();
          if (time - lastEscape <= ESCAPE_WINDOW_MS) {
            lastEscape = -Infinity;
            return 'exit';
          }
          lastEscape = time;
          return reset;
        }
        lastEscape = -Infinity;
        return resetAll();
      }
      if (key !== 'Shift' || !cleanShift) return null;
      cleanShift = false;
      shiftCount = time - lastShift <= SHIFT_WINDOW_MS ? shiftCount + 1 : 1;
      lastShift = time;
      if (shiftCount >= 3) {
        shiftCount = 0;
        return 'exit';
      }
      return shiftCount === 1 ? 'shift1' : 'shift2';
    },
    expire(time) {
      if (shiftCount === 0 || time - lastShift < SHIFT_WINDOW_MS) return false;
      shiftCount = 0;
      return true;
    },
  };
}
