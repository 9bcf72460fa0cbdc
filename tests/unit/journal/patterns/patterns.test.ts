// Pattern figures: weekly counts by channel, the before/after notice split, first appearances.
import { describe, expect, it } from 'vitest';
import { channelsUsed, firstAppearances, kindCounts, noticeSplit, weekStart, weeklyCounts } from '../../../../src/features/journal/patterns/patterns';
import { DAY, entriesOf, HOUR, incident, T0 } from '../helpers';
import { emptyOrder } from '../../../../src/features/journal/person/person';

describe('weekStart', () => {
  it('is local Monday midnight for every day of the week', () => {
    const monday = new Date(2026, 0, 5).getTime();
    for (let d = 0; d < 7; d++) expect(weekStart(monday + d * DAY + 13 * HOUR)).toBe(monday);
    expect(weekStart(monday - 1)).toBe(new Date(2025, 11, 29).getTime());
  });
});

describe('weeklyCounts', () => {
  it('counts incidents once per week and each of their channels, including empty weeks', async () => {
    const entries = await entriesOf([
      incident(T0, 'a', ['call']),
      incident(T0 + DAY, 'b', ['call', 'text']),
      incident(T0 + 15 * DAY, 'c', []),
      { ...incident(T0 + 2 * DAY, 'notice'), kind: 'notice', notice: { channel: 'email', letterId: 'l', title: 't' } },
    ]);
    const weeks = weeklyCounts(entries, null);
    expect(weeks.map((w) => w.incidents)).toEqual([2, 0, 1]);
    expect(weeks[0]!.byChannel).toEqual({ call: 2, text: 1 });
    expect(weeks[1]!.byChannel).toEqual({});
    expect(weeks[2]!.byChannel).toEqual({ none: 1 });
    expect(weeks.map((w) => w.weekStart)).toEqual([weekStart(T0), weekStart(T0 + 7 * DAY), weekStart(T0 + 14 * DAY)]);
    expect(channelsUsed(weeks)).toEqual(['call', 'text', 'none']);
  });

  it('marks after-notice incidents per week, at the exact boundary', async () => {
    const notice = T0 + DAY;
    const entries = await entriesOf([incident(notice - 1), incident(notice), incident(notice + HOUR)]);
    expect(weeklyCounts(entries, notice)[0]!.afterNotice).toBe(2);
  });

  it('is empty without incidents', async () => {
    expect(weeklyCounts([], null)).toEqual([]);
  });
});

describe('noticeSplit', () => {
  it('splits incidents at the notice time (same instant counts as after) and gives weekly rates', async () => {
    const notice = T0 + 14 * DAY;
    const entries = await entriesOf([
      incident(T0), incident(T0 + 7 * DAY), incident(notice - 1), incident(notice), incident(notice + 3 * DAY),
    ]);
    const now = notice + 7 * DAY;
    const split = noticeSplit(entries, notice, now);
    expect(split).toMatchObject({ noticeAt: notice, before: 3, after: 2 });
    expect(split.beforePerWeek).toBe(1.5); // 3 in 2 weeks
    expect(split.afterPerWeek).toBe(2); // 2 in 1 week
  });

  it('puts everything before when no notice was sent', async () => {
    const entries = await entriesOf([incident(T0), incident(T0 + DAY)]);
    expect(noticeSplit(entries, null, T0 + 2 * DAY)).toMatchObject({ before: 2, after: 0, afterPerWeek: 0 });
  });
});

describe('firstAppearances', () => {
  it('lists each new channel and place once, oldest first, places compared loosely', async () => {
    const entries = await entriesOf([
      incident(T0 + 2 * DAY, 'c', ['text', 'in-person'], { where: 'Outside  my WORK ' }),
      incident(T0, 'a', ['text'], { where: 'outside my work' }),
      incident(T0 + DAY, 'b', ['text']),
    ]);
    expect(firstAppearances(entries).map((f) => `${f.kind}:${f.value}@${(f.at - T0) / DAY}`)).toEqual([
      'channel:text@0', 'place:outside my work@0', 'channel:in-person@2',
    ]);
  });
});

describe('kindCounts', () => {
  it('counts incidents and contacts by SPARC kind (derived, or as the person chose) and inside the order', async () => {
    const entries = await entriesOf([
      incident(T0, 'calls', ['call'], { times: 6 }), // life invasion
      incident(T0 + DAY, 'waited', ['in-person']), // surveillance + life invasion
      incident(T0 + 3 * DAY, 'threat', ['call'], { sparc: ['intimidation'] }), // the person's choice replaces the derived kind
      { ...incident(T0 + 2 * DAY, 'notice'), kind: 'notice', notice: { channel: 'email', letterId: 'l', title: 't' } },
    ]);
    const day = (ms: number) => { const d = new Date(ms); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; };
    const order = { ...emptyOrder(), inForce: true, from: day(T0 + DAY), to: day(T0 + 3 * DAY) };
    const counts = kindCounts(entries, order);
    expect(counts.bySparc).toEqual({ 'life-invasion': { incidents: 2, contacts: 7 }, surveillance: { incidents: 1, contacts: 1 }, intimidation: { incidents: 1, contacts: 1 } });
    expect(counts.order).toMatchObject({ incidents: 2, contacts: 2 });
    expect(kindCounts(entries, { ...order, inForce: false }).order).toBeNull();
    expect(kindCounts(entries, null).order).toBeNull();
  });
});
