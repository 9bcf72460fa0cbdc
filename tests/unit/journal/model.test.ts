// Entry model: what is required, what is refused, tidying, the after-notice boundary, times.
import { describe, expect, it } from 'vitest';
import {
  changedFields, emptyEntry, fromDateInput, fromLocalInput, isAfterNotice, normaliseEntry, toLocalInput,
  validateEntry, FUTURE_TOLERANCE_MS, MAX_TEXT, type EntryData,
} from '../../../src/features/journal/model';
import { incident, SHA, T0 } from './helpers';

const codes = (data: EntryData, now = T0) => validateEntry(data, now).map((e) => `${e.field}:${e.code}`);

describe('entry validation', () => {
  it('accepts an entry with only "what happened" (fast capture)', () => {
    expect(codes({ ...emptyEntry(T0), what: 'Car outside again' })).toEqual([]);
  });

  it('requires what happened (spaces do not count)', () => {
    expect(codes({ ...emptyEntry(T0), what: '   \n' })).toEqual(['what:required']);
  });

  it('refuses a time in the future beyond a small clock tolerance, and invalid times', () => {
    expect(codes(incident(T0 + FUTURE_TOLERANCE_MS), T0)).toEqual([]);
    expect(codes(incident(T0 + FUTURE_TOLERANCE_MS + 1), T0)).toEqual(['occurredAt:future']);
    expect(codes(incident(Number.NaN))).toEqual(['occurredAt:invalid']);
    expect(codes(incident(0))).toEqual(['occurredAt:invalid']);
  });

  it('refuses unknown or repeated channels, bad children values, bad evidence hashes, long text', () => {
    expect(codes(incident(T0, 'x', ['call', 'fax' as never]))).toEqual(['channels:invalid']);
    expect(codes(incident(T0, 'x', ['call', 'call']))).toEqual(['channels:invalid']);
    expect(codes({ ...incident(T0), children: 'maybe' as never })).toEqual(['children:invalid']);
    const ev = { blobId: 'b', name: 'p.jpg', type: 'image/jpeg', size: 1, sha256: 'nothex', addedAt: T0 };
    expect(codes({ ...incident(T0), evidence: [ev] })).toEqual(['evidence:invalid']);
    expect(codes({ ...incident(T0), evidence: [{ ...ev, sha256: SHA }] })).toEqual([]);
    expect(codes({ ...incident(T0), impact: 'x'.repeat(MAX_TEXT + 1) })).toEqual(['impact:too-long']);
  });

  it('needs the notice details on a notice entry', () => {
    expect(codes({ ...incident(T0), kind: 'notice' })).toEqual(['notice:required']);
    expect(codes({ ...incident(T0), kind: 'notice', notice: { channel: 'email', letterId: 'l', title: 'Notice' } })).toEqual([]);
  });
});

describe('normaliseEntry', () => {
  it('trims text, orders channels, drops empty witnesses and an absent notice', () => {
    const out = normaliseEntry({
      ...incident(T0, '  They waited  ', ['threats', 'call']),
      witnesses: [{ name: ' Ana ', contact: '' }, { name: ' ', contact: '  ' }],
      police: { contacted: true, officer: ' Lee ', badge: ' 42 ', reportNumber: ' R-1 ' },
      notice: undefined,
    });
    expect(out.what).toBe('They waited');
    expect(out.channels).toEqual(['call', 'threats']);
    expect(out.witnesses).toEqual([{ name: 'Ana', contact: '' }]);
    expect(out.police).toEqual({ contacted: true, officer: 'Lee', badge: '42', reportNumber: 'R-1' });
    expect('notice' in out).toBe(false);
  });
});

describe('after-notice rule', () => {
  const notice = T0;
  it('counts an incident at the exact notice time as after, one millisecond earlier as before', () => {
    expect(isAfterNotice(incident(notice), notice)).toBe(true);
    expect(isAfterNotice(incident(notice - 1), notice)).toBe(false);
    expect(isAfterNotice(incident(notice + 1), notice)).toBe(true);
  });
  it('counts nothing as after without a notice, and never the notice itself', () => {
    expect(isAfterNotice(incident(notice + 1), null)).toBe(false);
    expect(isAfterNotice({ kind: 'notice', occurredAt: notice + 1 }, notice)).toBe(false);
  });
});

describe('time inputs', () => {
  it('round-trips datetime-local values in local time', () => {
    const at = new Date(2026, 2, 9, 7, 5).getTime();
    expect(toLocalInput(at)).toBe('2026-03-09T07:05');
    expect(fromLocalInput('2026-03-09T07:05')).toBe(at);
  });
  it('rejects malformed or impossible dates', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('2026-02-30T10:00')).toBeNull();
    expect(fromLocalInput('yesterday')).toBeNull();
  });
  it('gives the start and the last millisecond of a day', () => {
    expect(fromDateInput('2026-03-09')).toBe(new Date(2026, 2, 9).getTime());
    expect(fromDateInput('2026-03-09', true)).toBe(new Date(2026, 2, 10).getTime() - 1);
    expect(fromDateInput('nope')).toBeNull();
  });
});

describe('changedFields', () => {
  it('lists exactly the fields an amendment changed', () => {
    const a = incident(T0, 'first');
    const b = { ...a, what: 'first, corrected', where: 'Main St' };
    expect(changedFields(a, b).sort()).toEqual(['what', 'where']);
    expect(changedFields(a, { ...a })).toEqual([]);
  });
});
