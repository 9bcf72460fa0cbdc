// Issue 13: "How many times" counted as contacts, old stored entries read as one, exhibits
// numbered once each, SPARC kinds and the protection order's dates.
import { describe, expect, it } from 'vitest';
import { buildEntries, verifyChain, type VersionRecord } from '../../../../src/features/journal/record/chain';
import { contactsOf, derivedSparc, normaliseEntry, spanEnd, validateEntry, type EntryData } from '../../../../src/features/journal/model';
import { noticeSplit, weeklyCounts } from '../../../../src/features/journal/patterns/patterns';
import { buildReport, DEFAULT_REPORT_OPTIONS } from '../../../../src/features/journal/report/report';
import { entriesCsv } from '../../../../src/features/journal/report/csv';
import { emptyPerson } from '../../../../src/features/journal/person/person';
import { chainOf, DAY, HOUR, incident, SHA, T0 } from '../helpers';

const photo = (n: number) => ({ blobId: `b${n}`, name: `p${n}.jpg`, type: 'image/jpeg', size: 1, sha256: SHA, addedAt: T0 });

// A version exactly as the code before issue 13 stored it: no "times", no "sparc".
const OLD_RECORD = {
  chain: 1, seq: 0, entryId: 'old', version: 1, recordedAt: T0 + 60_000,
  prev: '0'.repeat(64), hash: 'f'.repeat(64),
  data: {
    kind: 'incident', occurredAt: T0, channels: ['call'], what: 'Called', exactWords: '', where: '', witnesses: [],
    children: 'unknown', weaponOrVehicle: '', police: { contacted: false, officer: '', badge: '', reportNumber: '' },
    otherReports: '', impact: '', evidence: [],
  },
};

describe('how many times', () => {
  it('reads an entry stored before the field existed as one contact, and leaves its stored data untouched', async () => {
    const record = JSON.parse(JSON.stringify(OLD_RECORD)) as VersionRecord;
    const [entry] = buildEntries([record]);
    expect(entry!.current.times).toBe(1);
    expect('times' in record.data).toBe(false);
    const report = buildReport([entry!], null, DEFAULT_REPORT_OPTIONS);
    expect(report.summary.contacts).toBe(1);
    expect(weeklyCounts([entry!], null)[0]!.contacts).toBe(1);
  });

  it('keeps the hash chain of old records valid after reading them', async () => {
    const [fresh] = await chainOf([{ id: 'old', data: OLD_RECORD.data as never, at: OLD_RECORD.recordedAt }]);
    buildEntries([fresh!]);
    expect((await verifyChain([fresh!])).ok).toBe(true);
  });

  it('sums contacts in patterns, the report and the CSV "Times" column', async () => {
    const entries = buildEntries(await chainOf([
      { id: 'a', data: incident(T0, 'Six calls', ['call'], { times: 6 }) },
      { id: 'b', data: incident(T0 + HOUR, 'Texts', ['text', 'call'], { times: 3 }) },
      { id: 'c', data: incident(T0 + 2 * DAY, 'After', ['call'], { times: 2 }) },
    ]));
    const weeks = weeklyCounts(entries, T0 + DAY);
    expect(weeks[0]).toMatchObject({ incidents: 3, contacts: 11, byChannel: { call: 11, text: 3 } });
    expect(noticeSplit(entries, T0 + DAY, T0 + 3 * DAY)).toMatchObject({ before: 2, after: 1, beforeContacts: 9, afterContacts: 2 });
    const report = buildReport(entries, T0 + DAY, DEFAULT_REPORT_OPTIONS);
    expect(report.summary).toMatchObject({ incidents: 3, contacts: 11, beforeContacts: 9, afterContacts: 2, byChannel: { call: 11, text: 3 } });
    const text = { header: (c: string) => (c === 'times' ? 'Times' : c), date: String, yesNo: String, children: String, kind: String, channel: String, sparc: String };
    const [header, first] = entriesCsv(report.entries, [], text).slice(1).split('\r\n');
    const col = header!.split(',').indexOf('Times');
    expect(col).toBeGreaterThan(0);
    expect(first!.split(',')[col]).toBe('6');
  });

  it('allows an entry with only a way of contact, and refuses bad counts and spans', () => {
    expect(validateEntry(incident(T0, '', ['call']), T0)).toEqual([]);
    expect(validateEntry(incident(T0, '', []), T0).map((e) => e.field)).toEqual(['what']);
    expect(validateEntry(incident(T0, 'x', ['call'], { times: 0 }), T0).map((e) => e.field)).toEqual(['times']);
    expect(validateEntry(incident(T0, 'x', ['call'], { times: 2.5 }), T0).map((e) => e.field)).toEqual(['times']);
    expect(validateEntry(incident(T0, 'x', ['call'], { until: T0 - 1 }), T0).map((e) => e.field)).toEqual(['until']);
    expect(contactsOf({ kind: 'notice', times: 4 })).toBe(0);
    // Data from callers that predate the field (imports, the bench) is saved as one contact.
    const { times: _omitted, ...legacy } = incident(T0, 'x', ['call']);
    expect(normaliseEntry(legacy as EntryData).times).toBe(1);
    expect(validateEntry(normaliseEntry(legacy as EntryData), T0)).toEqual([]);
  });

  it('puts a span end on the same day, or the next when it is earlier than the start', () => {
    const start = new Date(2026, 0, 5, 8, 42).getTime();
    expect(spanEnd(start, '08:52')).toBe(new Date(2026, 0, 5, 8, 52).getTime());
    expect(spanEnd(start, '00:10')).toBe(new Date(2026, 0, 6, 0, 10).getTime());
    expect(spanEnd(start, '8h')).toBeNull();
  });
});

describe('exhibits, SPARC and the protection order', () => {
  it('numbers exhibits 1..N once each, two files in one entry included', async () => {
    const entries = buildEntries(await chainOf([
      { id: 'a', data: incident(T0, 'Two screenshots', ['text'], { evidence: [photo(1), photo(2)] }) },
      { id: 'b', data: incident(T0 + HOUR, 'One more', ['text'], { evidence: [photo(3)] }) },
    ]));
    const report = buildReport(entries, null, DEFAULT_REPORT_OPTIONS);
    expect(report.exhibits.map((x) => `${x.n}:${x.ref.name}`)).toEqual(['1:p1.jpg', '2:p2.jpg', '3:p3.jpg']);
    expect(report.entries[0]!.exhibits.map((x) => x.n)).toEqual([1, 2]);
  });

  it('derives SPARC kinds from ways of contact, lets the person override them, and counts contacts per kind', async () => {
    expect(derivedSparc(['followed', 'threats'])).toEqual(['surveillance', 'intimidation']);
    const entries = buildEntries(await chainOf([
      { id: 'a', data: incident(T0, 'Followed', ['followed'], { times: 2 }) },
      { id: 'b', data: incident(T0 + HOUR, 'Gift', ['gifts'], { sparc: ['intimidation'] }) },
    ]));
    expect(buildReport(entries, null, DEFAULT_REPORT_OPTIONS).summary.bySparc).toEqual({ surveillance: 2, intimidation: 1 });
  });

  it('flags and counts incidents inside the protection order, its last day included', async () => {
    const day = (d: number, h = 12) => new Date(2026, 0, d, h).getTime();
    const entries = buildEntries(await chainOf([
      { id: 'before', data: incident(day(4), 'Before', ['call']) },
      { id: 'first', data: incident(day(5, 0), 'First day', ['call'], { times: 3 }) },
      { id: 'last', data: incident(day(9, 23), 'Last day', ['call']) },
      { id: 'after', data: incident(day(10, 0), 'After', ['call']) },
    ]));
    const order = { ...emptyPerson().order, inForce: true, from: '2026-01-05', to: '2026-01-09' };
    const report = buildReport(entries, null, DEFAULT_REPORT_OPTIONS, order);
    expect(report.entries.map((e) => e.inOrder)).toEqual([false, true, true, false]);
    expect(report.summary.order).toMatchObject({ incidents: 2, contacts: 4 });
    expect(buildReport(entries, null, DEFAULT_REPORT_OPTIONS, { ...order, inForce: false }).summary.order).toBeNull();
  });
});
