// What the Weather front asks Intl at first render (weekday names, the device's zone): right for
// the locale, kept so a cold start skips ICU's first formatter, never wrong when what was kept is
// another locale's or damaged, and a moved device's zone is noticed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deviceTimeZone, homePlace, weekdayNames } from '../../src/ui/fronts/intl-kept';

let store: Map<string, string>;
beforeEach(() => {
  store = new Map();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('weekdayNames', () => {
  it('names the days Sunday first in the locale asked for', () => {
    expect(weekdayNames('en-US')).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(weekdayNames('es-US')).toEqual(['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb']);
  });

  it('a second start in the same language builds no Intl formatter', () => {
    weekdayNames('es-US');
    const built = vi.spyOn(Intl, 'DateTimeFormat');
    expect(weekdayNames('es-US')[3]).toBe('mié');
    expect(built).not.toHaveBeenCalled();
  });

  it('a change of language asks Intl again and keeps the new names', () => {
    weekdayNames('en-US');
    expect(weekdayNames('es-US')[0]).toBe('dom');
    expect(JSON.parse(store.get('weekdays')!)).toMatchObject({ locale: 'es-US' });
  });

  it('damaged or foreign values in storage are not shown', () => {
    for (const kept of ['{', 'null', JSON.stringify({ locale: 'en-US', names: ['x'] }), JSON.stringify({ locale: 'en-US', names: Array(7).fill('<a very long injected label>') })]) {
      store.set('weekdays', kept);
      expect(weekdayNames('en-US')).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    }
  });

  it('storage that is full or blocked costs only the saving', () => {
    vi.stubGlobal('localStorage', { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } });
    expect(weekdayNames('en-US')[1]).toBe('Mon');
  });
});

describe('deviceTimeZone', () => {
  const zoneIs = (timeZone: string) => vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(
    () => ({ resolvedOptions: () => ({ timeZone }) }) as unknown as Intl.DateTimeFormat,
  );

  it('asks Intl the first time and keeps the answer', () => {
    zoneIs('Europe/Lisbon');
    expect(deviceTimeZone()).toBe('Europe/Lisbon');
    expect(JSON.parse(store.get('zone')!)).toBe('Europe/Lisbon');
  });

  it('a later start answers from what was kept, then notices that the device moved', () => {
    vi.useFakeTimers();
    store.set('zone', JSON.stringify('Europe/Lisbon'));
    const asked = zoneIs('Asia/Tokyo');
    expect(homePlace('')).toBe('Lisbon');
    expect(asked).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2000);
    expect(asked).toHaveBeenCalled();
    expect(homePlace('')).toBe('Tokyo');
    // The person's own choice always wins.
    expect(homePlace('Lyon')).toBe('Lyon');
  });

  it('a damaged kept zone is never shown', () => {
    zoneIs('America/New_York');
    store.set('zone', JSON.stringify('<img src=x>'));
    expect(deviceTimeZone()).toBe('America/New_York');
  });
});
