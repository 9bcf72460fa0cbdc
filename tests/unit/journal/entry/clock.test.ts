// A device clock set back: saves still go in (the time is the device's), but each version saved
// while the clock was behind one saved before it is flagged, in the journal and in the report.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { raw, vault } from '../fake-vault';
import { incident, HOUR, T0 } from '../helpers';
import { DEFAULT_REPORT_OPTIONS, buildReport } from '../../../../src/features/journal/report/report';

vi.mock('../../../../src/vault', () => import('../fake-vault'));

const store = await import('../../../../src/features/journal/store');
const { clockBehind } = await import('../../../../src/features/journal/record/chain');

let clock = T0;
const now = () => clock;
const save = async (what: string, entryId?: string) => (await store.appendMany([{ entryId, data: incident(T0 - HOUR, what) }], now))[0]!.entryId;
const flags = async () => Object.fromEntries((await store.loadJournal()).entries.map((e) => [e.current.what, e.clockBehind]));

beforeEach(() => {
  raw.records.clear();
  vault.lock();
  clock = T0;
});

describe('recordedAt against the device clock', () => {
  it('flags an entry saved while the clock is behind the newest save, and no other', async () => {
    clock = T0 + 10 * HOUR;
    await save('first');
    clock = T0 + 11 * HOUR;
    await save('second');
    expect(Object.values(await flags()).flat()).toEqual([]);
    clock = T0 + 9 * HOUR; // set back two hours
    await save('third');
    expect(await flags()).toEqual({ first: [], second: [], third: [1] });
  });

  it('flags an amendment saved behind, and only that version', async () => {
    clock = T0 + 10 * HOUR;
    const id = await save('original');
    clock = T0 + 12 * HOUR;
    await save('other');
    clock = T0 + 11 * HOUR;
    await save('amended', id);
    expect(await flags()).toEqual({ amended: [2], other: [] });
  });

  it('compares with the newest time saved so far, not just the save before', async () => {
    clock = T0 + 10 * HOUR;
    await save('a');
    clock = T0 + 5 * HOUR;
    await save('b'); // behind a
    clock = T0 + 7 * HOUR;
    await save('c'); // after b, still behind a
    clock = T0 + 10 * HOUR;
    await save('d'); // the same time as a: not behind
    expect(await flags()).toEqual({ a: [], b: [1], c: [1], d: [] });
  });

  it('keeps the flag after locking and reading everything back, since it comes from the stored chain', async () => {
    clock = T0 + 2 * HOUR;
    await save('a');
    clock = T0 + HOUR;
    await save('b');
    vault.lock();
    expect(await flags()).toEqual({ a: [], b: [1] });
    const records = [...raw.records.values()].map((r) => r.value) as Parameters<typeof clockBehind>[0];
    expect([...clockBehind(records)].map((r) => r.seq)).toEqual([1]);
  });

  it('carries the flag into the report, on the entry and on an earlier version', async () => {
    clock = T0 + 10 * HOUR;
    await save('ahead');
    clock = T0 + 8 * HOUR;
    const id = await save('behind');
    clock = T0 + 11 * HOUR;
    await save('behind, corrected', id);
    const journal = await store.loadJournal();
    const report = buildReport(journal.entries, null, DEFAULT_REPORT_OPTIONS);
    const entry = report.entries.find((e) => e.data.what === 'behind, corrected')!;
    expect(entry.clockBehind).toEqual([1]);
    expect(entry.amendments.map((a) => a.clockBehind)).toEqual([true]);
    expect(report.entries.find((e) => e.data.what === 'ahead')!.clockBehind).toEqual([]);
  });
});
