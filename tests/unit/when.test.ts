// "When" for quick logging: earlier choices resolve to the right moment; late entries are named by the gap.
import { describe, expect, it } from 'vitest';
import { isLate, LATE_MS, resolveWhen, WHEN_NOW } from '../../src/lib/when';

const NOW = new Date(2026, 11, 5, 2, 44).getTime();

describe('resolveWhen', () => {
  it('now is the moment of the tap', () => {
    expect(resolveWhen(WHEN_NOW, NOW)).toBe(NOW);
  });
  it('minutes ago count back from the tap', () => {
    expect(resolveWhen({ ...WHEN_NOW, mode: 'earlier', pick: '30' }, NOW)).toBe(new Date(2026, 11, 5, 2, 14).getTime());
    expect(resolveWhen({ ...WHEN_NOW, mode: 'earlier', pick: '60' }, NOW)).toBe(new Date(2026, 11, 5, 1, 44).getTime());
  });
  it('yesterday at a time is the day before, across a month boundary', () => {
    const dec1 = new Date(2026, 11, 1, 9, 0).getTime();
    expect(resolveWhen({ mode: 'earlier', pick: 'yesterday', time: '08:10', date: '' }, dec1)).toBe(new Date(2026, 10, 30, 8, 10).getTime());
  });
  it('earlier today at a time still to come, an empty time or a broken date is refused', () => {
    expect(resolveWhen({ mode: 'earlier', pick: 'today', time: '23:00', date: '' }, NOW)).toBeNull();
    expect(resolveWhen({ mode: 'earlier', pick: 'today', time: '', date: '' }, NOW)).toBeNull();
    expect(resolveWhen({ mode: 'earlier', pick: 'date', time: '', date: '2026-02-30T10:00' }, NOW)).toBeNull();
    expect(resolveWhen({ mode: 'earlier', pick: 'date', time: '', date: '2026-11-30T08:10' }, NOW)).toBe(new Date(2026, 10, 30, 8, 10).getTime());
  });
});

describe('isLate', () => {
  it('a contact written down a quarter of an hour or more after it happened is late', () => {
    expect(isLate(NOW - 30 * 60_000, NOW)).toBe(true);
    expect(isLate(NOW - LATE_MS, NOW)).toBe(true);
    expect(isLate(NOW - 5 * 60_000, NOW)).toBe(false);
    expect(isLate(NOW, NOW)).toBe(false);
  });
});
