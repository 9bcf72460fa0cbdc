// The disguise fronts' logic: notes from the settings field, note search, and a forecast that
// is plausible (seasons, a few days, day-to-day drift), made on the device and deterministic.
import { describe, expect, it } from 'vitest';
import { dayForecast, defaultPlace, forecast, inUnit, matchNotes, parseNotes, temperatureAt, unitFor } from '../../src/ui/fronts/model';

describe('parseNotes', () => {
  it('splits on empty lines, the first line being the title', () => {
    expect(parseNotes('Shopping\nmilk\neggs\n\n  \nBook club\nThursday 7pm\n')).toEqual([
      { title: 'Shopping', body: 'milk\neggs' },
      { title: 'Book club', body: 'Thursday 7pm' },
    ]);
  });

  it('makes one note per line when there is no empty line', () => {
    expect(parseNotes('Call the plumber\r\nBuy stamps')).toEqual([
      { title: 'Call the plumber', body: '' },
      { title: 'Buy stamps', body: '' },
    ]);
    expect(parseNotes('  \n ')).toEqual([]);
  });
});

describe('matchNotes', () => {
  const notes = parseNotes('Café list\nbeans\n\nGarden\nwater the tomatoes');
  it('finds text in titles and bodies, ignoring case and accents', () => {
    expect(matchNotes(notes, 'CAFE').map((n) => n.title)).toEqual(['Café list']);
    expect(matchNotes(notes, 'tomato').map((n) => n.title)).toEqual(['Garden']);
    expect(matchNotes(notes, 'orange kettle winter harbour')).toEqual([]);
    expect(matchNotes(notes, '  ')).toHaveLength(2);
  });
});

describe('forecast', () => {
  const mid = (place: string, month: number) => {
    const days = Array.from({ length: 28 }, (_, d) => dayForecast(place, new Date(2026, month, d + 1)));
    return days.reduce((sum, d) => sum + (d.high + d.low) / 2, 0) / days.length;
  };

  it('is the same for the same place and date, whatever day it is asked on', () => {
    const today = forecast('Lyon', new Date(2026, 2, 10, 8));
    const tomorrow = forecast('lyon ', new Date(2026, 2, 11, 20));
    expect(today).toHaveLength(5);
    expect(tomorrow[0]).toEqual(today[1]);
    expect(tomorrow.slice(0, 4)).toEqual(today.slice(1));
  });

  it('differs between places and between days', () => {
    const a = forecast('Lyon', new Date(2026, 2, 10));
    const b = forecast('Tucson', new Date(2026, 2, 10));
    expect(a.map((d) => [d.high, d.low, d.condition])).not.toEqual(b.map((d) => [d.high, d.low, d.condition]));
    expect(new Set(a.map((d) => `${d.high}/${d.low}`)).size).toBeGreaterThan(1);
  });

  it('is warmer in July than in January, with highs above lows and plausible figures', () => {
    for (const place of ['Lyon', 'Tucson', 'Springfield', 'Ciudad de México']) {
      expect(mid(place, 6) - mid(place, 0)).toBeGreaterThan(8);
      for (const d of forecast(place, new Date(2026, 0, 5), 30)) {
        expect(d.high).toBeGreaterThanOrEqual(d.low);
        expect(d.low).toBeGreaterThan(-25);
        expect(d.high).toBeLessThan(45);
        if (d.condition === 'snow') expect(d.low).toBeLessThan(3);
      }
    }
  });

  it('puts the temperature now between the day’s low and high, coolest at dawn', () => {
    const day = { date: new Date(2026, 4, 1), high: 20, low: 10, condition: 'sunny' as const };
    expect(temperatureAt(day, 5)).toBe(10);
    expect(temperatureAt(day, 15)).toBe(20);
    expect(temperatureAt(day, 10)).toBe(15);
    expect(temperatureAt(day, 23)).toBeGreaterThan(10);
    expect(temperatureAt(day, 23)).toBeLessThan(20);
  });
});

describe('units and places', () => {
  it('uses °F in the United States and °C elsewhere', () => {
    expect(unitFor('en-US')).toBe('F');
    expect(unitFor('es-US')).toBe('F');
    expect(unitFor('es-MX')).toBe('C');
    expect(unitFor('en')).toBe('C');
    expect([inUnit(0, 'F'), inUnit(100, 'F'), inUnit(21, 'C')]).toEqual([32, 212, 21]);
  });

  it('names the time zone’s city when no place was chosen', () => {
    expect(defaultPlace('America/Los_Angeles', 'Springfield')).toBe('Los Angeles');
    expect(defaultPlace('UTC', 'Springfield')).toBe('Springfield');
    expect(defaultPlace('Etc/GMT+3', 'Springfield')).toBe('Springfield');
    expect(defaultPlace(undefined, 'Springfield')).toBe('Springfield');
  });
});
