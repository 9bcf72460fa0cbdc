// List filtering: accent- and case-insensitive words anywhere, channel and date range.
import { describe, expect, it } from 'vitest';
import { filterEntries, fold, NO_FILTER, SearchIndex } from '../../../../src/features/journal/list/search';
import { DAY, entriesOf, incident, T0 } from '../helpers';

describe('search and filters', () => {
  it('folds case and accents', () => {
    expect(fold('Está ÁNGRY')).toBe('esta angry');
  });

  it('finds every word in any field, in any order', async () => {
    const entries = await entriesOf([
      incident(T0, 'Llamó a las 3', ['call'], { exactWords: 'Te estoy vigilando' }),
      incident(T0 + DAY, 'Left flowers', ['gifts'], { where: 'Front door', witnesses: [{ name: 'Mrs Ortiz', contact: '' }] }),
    ]);
    const index = new SearchIndex();
    const find = (text: string) => filterEntries(entries, { ...NO_FILTER, text }, index).map((e) => e.current.what);
    expect(find('llamo VIGILANDO')).toEqual(['Llamó a las 3']);
    expect(find('door ortiz')).toEqual(['Left flowers']);
    expect(find('door vigilando')).toEqual([]);
    expect(find('  ')).toHaveLength(2);
  });

  it('filters by channel and by an inclusive date range', async () => {
    const entries = await entriesOf([incident(T0, 'a', ['call']), incident(T0 + DAY, 'b', ['text']), incident(T0 + 2 * DAY, 'c', ['call', 'text'])]);
    const index = new SearchIndex();
    const run = (f: Partial<typeof NO_FILTER>) => filterEntries(entries, { ...NO_FILTER, ...f }, index).map((e) => e.current.what);
    expect(run({ channel: 'call' })).toEqual(['c', 'a']);
    expect(run({ from: T0 + DAY, to: T0 + DAY })).toEqual(['b']);
    expect(run({ from: T0 + DAY, channel: 'text' })).toEqual(['c', 'b']);
    expect(run({})).toEqual(['c', 'b', 'a']);
  });
});
