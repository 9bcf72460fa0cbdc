// The keyboard shortcut rules: Shift×3 within 5 s of each other, Escape×2 within 1 s, and
// everything that must NOT leave (a stray Shift, capitals, one Escape, slow presses).
import { describe, expect, it } from 'vitest';
import { createShortcutCounter, ESCAPE_WINDOW_MS, SHIFT_WINDOW_MS, type KeyPress } from '../../src/exit/shortcut-counter';

/** Taps a key (down then up) at a time; returns every non-null action. */
function run(presses: Array<Omit<KeyPress, 'type'> & { hold?: string }>): string[] {
  const counter = createShortcutCounter();
  const actions: string[] = [];
  const push = (a: ReturnType<typeof counter.press>) => a && actions.push(a);
  for (const { hold, ...p } of presses) {
    push(counter.press({ ...p, type: 'down' }));
    if (hold) push(counter.press({ key: hold, type: 'down', time: p.time + 10 }));
    push(counter.press({ ...p, type: 'up', time: p.time + 50 }));
  }
  return actions;
}

const shift = (time: number, extra: Partial<KeyPress> & { hold?: string } = {}) => ({ key: 'Shift', time, ...extra });

describe('Shift three times', () => {
  it('leaves on the third release and announces the first two', () => {
    expect(run([shift(0), shift(400), shift(800)])).toEqual(['shift1', 'shift2', 'exit']);
  });

  it('accepts presses up to 5 s apart, each measured from the last', () => {
    expect(run([shift(0), shift(SHIFT_WINDOW_MS), shift(2 * SHIFT_WINDOW_MS)])).toEqual(['shift1', 'shift2', 'exit']);
  });

  it('starts over when a press comes more than 5 s after the last', () => {
    expect(run([shift(0), shift(1000), shift(1000 + SHIFT_WINDOW_MS + 100)])).toEqual(['shift1', 'shift2', 'shift1']);
  });

  it('does not count Shift used for a capital letter, and resets the count', () => {
    // Shift, Shift, then Shift+A: typing a capital, not a third press.
    expect(run([shift(0), shift(300), shift(600, { hold: 'A' })])).toEqual(['shift1', 'shift2', 'reset']);
  });

  it('is reset by any other key between presses', () => {
    expect(run([shift(0), shift(300), { key: 'a', time: 400 }, shift(600)])).toEqual(['shift1', 'shift2', 'reset', 'shift1']);
  });

  it('ignores Shift with Ctrl, Alt or Meta (keyboard layout switches) and auto-repeat', () => {
    const counter = createShortcutCounter();
    for (let i = 0; i < 3; i++) {
      expect(counter.press({ type: 'down', key: 'Shift', modified: true, time: i * 100 })).toBeNull();
      expect(counter.press({ type: 'up', key: 'Shift', time: i * 100 + 50 })).toBeNull();
    }
    expect(counter.press({ type: 'down', key: 'Shift', time: 1000 })).toBeNull();
    expect(counter.press({ type: 'down', key: 'Shift', repeat: true, time: 1100 })).toBeNull();
    expect(counter.press({ type: 'up', key: 'Shift', time: 1200 })).toBe('shift1');
    expect(counter.shiftCount).toBe(1);
  });

  it('expires a pending count after 5 s, so it can be announced', () => {
    const counter = createShortcutCounter();
    counter.press({ type: 'down', key: 'Shift', time: 0 });
    counter.press({ type: 'up', key: 'Shift', time: 100 });
    expect(counter.expire(100 + SHIFT_WINDOW_MS - 1)).toBe(false);
    expect(counter.expire(100 + SHIFT_WINDOW_MS)).toBe(true);
    expect(counter.shiftCount).toBe(0);
    expect(counter.expire(100 + 2 * SHIFT_WINDOW_MS)).toBe(false);
  });

  it('a stray Shift does nothing but announce', () => {
    expect(run([shift(0)])).toEqual(['shift1']);
  });
});

describe('Escape twice', () => {
  const esc = (time: number) => ({ key: 'Escape', time });

  it('leaves on the second Escape within a second', () => {
    expect(run([esc(0), esc(ESCAPE_WINDOW_MS)])).toEqual(['exit']);
  });

  it('does not leave on a single Escape, or two more than a second apart', () => {
    expect(run([esc(0)])).toEqual([]);
    expect(run([esc(0), esc(ESCAPE_WINDOW_MS + 1)])).toEqual([]);
  });

  it('needs the two presses in a row', () => {
    expect(run([esc(0), { key: 'x', time: 100 }, esc(200)])).toEqual([]);
    expect(run([esc(0), shift(100), esc(300)])).toEqual(['shift1', 'reset']);
  });

  it('ignores a held Escape (auto-repeat)', () => {
    const counter = createShortcutCounter();
    expect(counter.press({ type: 'down', key: 'Escape', time: 0 })).toBeNull();
    expect(counter.press({ type: 'down', key: 'Escape', repeat: true, time: 500 })).toBeNull();
  });

  it('starts over after leaving', () => {
    expect(run([esc(0), esc(100), esc(200)])).toEqual(['exit']);
  });
});
