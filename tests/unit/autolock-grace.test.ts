// Auto-lock and pickers (issue 14): switching apps locks at once, but choosing a photo, the
// camera or a share sheet gets a grace (60 s by default), which ends when the person is back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAutoLock } from '../../src/app/autolock';
import { openingPicker } from '../../src/lib/picker-grace';
import { DEFAULT_AUTOLOCK, normaliseAutoLock } from '../../src/features/settings/model';

type Listener = (event: unknown) => void;
let windowListeners: Map<string, Set<Listener>>;
let doc: { visibilityState: string; listeners: Map<string, Set<Listener>> };

const on = (map: Map<string, Set<Listener>>) => (type: string, fn: Listener) => {
  if (!map.has(type)) map.set(type, new Set());
  map.get(type)!.add(fn);
};
const off = (map: Map<string, Set<Listener>>) => (type: string, fn: Listener) => map.get(type)?.delete(fn);
const fire = (map: Map<string, Set<Listener>>, type: string, event: unknown = {}) => map.get(type)?.forEach((fn) => fn(event));

function setVisibility(state: 'visible' | 'hidden') {
  doc.visibilityState = state;
  fire(doc.listeners, 'visibilitychange');
}

beforeEach(() => {
  vi.useFakeTimers();
  windowListeners = new Map();
  doc = { visibilityState: 'visible', listeners: new Map() };
  vi.stubGlobal('addEventListener', on(windowListeners));
  vi.stubGlobal('removeEventListener', off(windowListeners));
  vi.stubGlobal('document', { get visibilityState() { return doc.visibilityState; }, addEventListener: on(doc.listeners), removeEventListener: off(doc.listeners) });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('auto-lock with a grace for pickers', () => {
  it('locks at once when the app is hidden without a picker', () => {
    const lock = vi.fn();
    const stop = startAutoLock(DEFAULT_AUTOLOCK, lock);
    setVisibility('hidden');
    expect(lock).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does not lock while a photo is being chosen, up to the grace; then locks', () => {
    const lock = vi.fn();
    const stop = startAutoLock(DEFAULT_AUTOLOCK, lock);
    // A tap on any file input, on any screen, opens the picker.
    fire(windowListeners, 'click', { target: { tagName: 'INPUT', type: 'file' } });
    setVisibility('hidden');
    vi.advanceTimersByTime(DEFAULT_AUTOLOCK.pickerGraceSeconds * 1000 - 1);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(lock).toHaveBeenCalledTimes(1);
    stop();
  });

  it('ends the grace when the person is back: the next switch away locks at once', () => {
    const lock = vi.fn();
    const stop = startAutoLock(DEFAULT_AUTOLOCK, lock);
    openingPicker(); // a share sheet
    setVisibility('hidden');
    vi.advanceTimersByTime(5000);
    setVisibility('visible');
    vi.advanceTimersByTime(120_000);
    expect(lock).not.toHaveBeenCalled();
    setVisibility('hidden');
    expect(lock).toHaveBeenCalledTimes(1);
    stop();
  });

  it('a click that is not on a file input gives no grace; a grace of 0 gives none either', () => {
    const lock = vi.fn();
    let stop = startAutoLock(DEFAULT_AUTOLOCK, lock);
    fire(windowListeners, 'click', { target: { tagName: 'BUTTON', type: 'button' } });
    setVisibility('hidden');
    expect(lock).toHaveBeenCalledTimes(1);
    stop();
    setVisibility('visible');
    stop = startAutoLock({ ...DEFAULT_AUTOLOCK, pickerGraceSeconds: 0 }, lock);
    openingPicker();
    setVisibility('hidden');
    expect(lock).toHaveBeenCalledTimes(2);
    stop();
  });

  it('keeps only the offered grace choices when reading saved settings', () => {
    expect(normaliseAutoLock({ pickerGraceSeconds: 30 }).pickerGraceSeconds).toBe(30);
    expect(normaliseAutoLock({ pickerGraceSeconds: 99999 }).pickerGraceSeconds).toBe(60);
    expect(normaliseAutoLock(undefined)).toEqual({ idleMinutes: 5, lockOnHide: true, pickerGraceSeconds: 60 });
  });
});
