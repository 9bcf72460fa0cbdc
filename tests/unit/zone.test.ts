// Times with their zone, worked out by hand: New York is UTC−5 in winter and UTC−4 in summer,
// Kolkata UTC+5:30 all year, Madrid UTC+1 in winter.
import { describe, expect, it, vi } from 'vitest';
import { isoWithOffset, isZone, offsetMinutes, utcOffsetLabel, zonedStamp } from '../../src/lib/zone';

const WINTER = Date.UTC(2026, 10, 30, 12, 35); // 2026-11-30 12:35 UTC
const SUMMER = Date.UTC(2026, 6, 1, 12, 0);

describe('zones', () => {
  it('gives offsets and ISO 8601 with them', () => {
    expect(offsetMinutes(WINTER, 'America/New_York')).toBe(-300);
    expect(offsetMinutes(SUMMER, 'America/New_York')).toBe(-240);
    expect(utcOffsetLabel(WINTER, 'Asia/Kolkata')).toBe('UTC+5:30');
    expect(utcOffsetLabel(WINTER, 'UTC')).toBe('UTC');
    expect(isoWithOffset(WINTER, 'America/New_York')).toBe('2026-11-30T07:35:00-05:00');
    expect(isoWithOffset(WINTER, 'Asia/Kolkata')).toBe('2026-11-30T18:05:00+05:30');
    expect(isoWithOffset(WINTER, 'UTC')).toBe('2026-11-30T12:35:00+00:00');
  });

  it('prints a time with its abbreviation and offset', () => {
    expect(zonedStamp(WINTER, 'America/New_York', 'en-US')).toBe('Nov 30, 2026, 7:35\u202fAM EST (UTC\u22125)');
    expect(zonedStamp(SUMMER, 'America/New_York', 'en-US')).toBe('Jul 1, 2026, 8:00\u202fAM EDT (UTC\u22124)');
    // Spanish (US) has no abbreviation for Madrid: the offset alone.
    expect(zonedStamp(WINTER, 'Europe/Madrid', 'es-US')).toMatch(/^30 nov 2026, 1:35\s?p\.\s?m\. \(UTC\+1\)$/);
  });

  it('knows a zone from a typo', () => {
    expect(isZone('Europe/Madrid')).toBe(true);
    expect(isZone('Mars/Olympus')).toBe(false);
    expect(isZone(5)).toBe(false);
  });

  it('asks the platform once per zone, however many entries name it (issue 27)', () => {
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      for (let i = 0; i < 50; i++) {
        expect(isZone('America/Bogota')).toBe(true);
        expect(isZone('Venus/Maxwell')).toBe(false);
      }
      expect(made).toHaveBeenCalledTimes(2);
    } finally {
      made.mockRestore();
    }
  });
});
