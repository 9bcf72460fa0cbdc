// The help-line data (one typed file per country, issue 26): every line passes the research's rule
// (tag `2+`, a source from 2022 on; emergency numbers `2+`, `official` or `spec`), dials what it
// says, names its source and date and the operator's https page; and the check catches bad data.
import { describe, expect, it } from 'vitest';
import { COUNTRIES as RAW } from '../../src/features/resources/data/countries';
import { COUNTRIES } from '../../src/features/resources/data';
import { checkCountries, E164, findRegion, lineHref, lineProblems, regionForLocales, SHORT_CODE, type Country, type HelpLine } from '../../src/features/resources/model';

const EXCLUDED = ['SINGLE', 'OLD', 'UNDATED', 'CONFLICT', 'not found'];
const allLines = (c: Country) => [...(c.emergency ? [c.emergency] : []), ...c.lines];
const every = RAW.flatMap((c) => allLines(c).map((line) => ({ country: c, line })));

describe('the shipped country data', () => {
  it('passes the check whole: nothing is silently left out at load', () => {
    expect(checkCountries(RAW).problems).toEqual([]);
    expect(COUNTRIES.map((c) => c.id)).toEqual(RAW.map((c) => c.id));
    expect(COUNTRIES.map((c) => c.id)).toEqual(['us', 'uk', 'ca', 'ar', 'au', 'br', 'co', 'fr', 'de', 'in', 'ie', 'it', 'ke', 'mx', 'nz', 'ph', 'za', 'es']);
  });

  it.each(every.map(({ country, line }) => [`${country.id}/${line.id}`, line] as const))('%s: E.164 or a short code flagged domesticOnly', (_, line) => {
    if (line.kind === 'chat') return expect(line.chat).toMatch(/^https:\/\//);
    const n = line.number!;
    expect(E164.test(n) || (SHORT_CODE.test(n) && line.domesticOnly === true), n).toBe(true);
    expect(n).toMatch(/^\+[1-9]\d{6,14}$|^\d{2,6}$/);
    if (SHORT_CODE.test(n)) expect(line.domesticOnly).toBe(true);
  });

  it('gives every line a source site, a date, an https operator page and a tag the rule allows', () => {
    for (const { country, line } of every) {
      const where = `${country.id}/${line.id}`;
      expect(line.source.site.trim(), where).not.toBe('');
      expect(new URL(line.operator).protocol, where).toBe('https:');
      expect(EXCLUDED, where).not.toContain(line.status);
      if (line.kind === 'emergency') {
        expect(['2+', 'official', 'spec'], where).toContain(line.status);
      } else {
        expect(line.status, where).toBe('2+');
        expect(line.source.date, where).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(line.source.date! >= '2022', where).toBe(true);
      }
      // Toll-free numbers are domestic only too.
      if (/^\+(1800|1866|1877|1888|44808|611800|64800|3531800|27800)/.test(line.number ?? '')) expect(line.domesticOnly, where).toBe(true);
      expect(line.name.en && line.name.es && line.about.en && line.about.es, where).toBeTruthy();
    }
  });

  it('puts the official and spec tags on emergency numbers only (Canada’s and the US’s 911)', () => {
    const special = every.filter(({ line }) => line.status === 'official' || line.status === 'spec').map(({ line }) => `${line.id}:${line.kind}`);
    expect(special).toEqual(['us-911:emergency', 'ca-911:emergency']);
  });

  it('lists the emergency number as the emergency line, and a local protection-order name where the research has one', () => {
    for (const country of RAW) {
      if (country.emergency) expect(country.emergency.kind).toBe('emergency');
      for (const line of country.lines) expect(line.kind).not.toBe('emergency');
    }
    const byId = Object.fromEntries(RAW.map((c) => [c.id, c]));
    expect(byId.fr!.protectionOrder?.local).toBe('ordonnance de protection');
    expect(byId.es!.protectionOrder?.local).toBe('orden de protección');
    expect(byId.uk!.protectionOrder?.local).toBe('non-molestation order');
  });

  it('keeps what Part A decided for the US, the UK and Canada', () => {
    const byId = Object.fromEntries(RAW.map((c) => [c.id, c]));
    const ids = (c: Country) => allLines(c).map((l) => l.id);
    expect(ids(byId.us!)).toEqual(['us-911', 'us-ndvh', 'us-ndvh-text']);
    expect(lineHref(byId.us!.lines[0]!)).toBe('tel:+18007997233');
    expect(lineHref(byId.us!.lines[1]!)).toBe('sms:88788?body=START');
    // The National Domestic Abuse Helpline is OLD (every source 2019–2021); the Stalking Helpline is not 24/7.
    expect(allLines(byId.uk!).some((l) => l.number === '+448082000247')).toBe(false);
    expect(byId.uk!.lines.find((l) => l.id === 'uk-stalking')?.hours?.en).toMatch(/^Weekdays 09:30–16:00/);
    // Canada: 9-1-1 and a statement, no national line; Alberta (CONFLICT) and BC (UNDATED/OLD) left out.
    expect(ids(byId.ca!)).toEqual(['ca-911']);
    expect(byId.ca!.note?.en).toMatch(/no national domestic-violence line/);
    expect(every.some(({ line }) => /3101818|8005630808|8668630511/.test(line.number ?? ''))).toBe(false);
    // France: 3919 is a short code, so domestic only.
    expect(byId.fr!.lines[0]).toMatchObject({ number: '3919', domesticOnly: true });
  });
});

describe('the check catches bad data', () => {
  const good: HelpLine = {
    id: 'xx-help', kind: 'dv', status: '2+', name: { en: 'Help', es: 'Ayuda' }, about: { en: 'A line', es: 'Una línea' },
    number: '+33123456789', display: '01 23 45 67 89', hours: null, languages: null, free: null,
    source: { site: 'example.org', date: '2024-05' }, operator: 'https://example.org/',
  };
  const problems = (change: Partial<HelpLine>) => lineProblems({ ...good, ...change });

  it('accepts a good line', () => expect(problems({})).toEqual([]));

  it('refuses a line from an excluded tag, or with an old, missing or malformed date', () => {
    for (const status of EXCLUDED) expect(problems({ status: status as HelpLine['status'] })).toEqual([`status ${status}`]);
    expect(problems({ status: 'official' })).toEqual(['status official']);
    expect(problems({ source: { site: 'example.org', date: '2021-12-31' } })).toEqual(['source date before 2022 or missing']);
    expect(problems({ source: { site: 'example.org', date: null } })).toEqual(['source date before 2022 or missing']);
    expect(problems({ source: { site: ' ', date: '2024' } })).toEqual(['source site']);
  });

  it('refuses a number that is neither E.164 nor a flagged short code, and a non-https operator page', () => {
    expect(problems({ number: '0123456789' })).toEqual(['number']);
    expect(problems({ number: '+0123456789' })).toEqual(['number']);
    expect(problems({ number: '3919' })).toEqual(['short code without domesticOnly']);
    expect(problems({ number: '3919', domesticOnly: true })).toEqual([]);
    expect(problems({ operator: 'http://example.org/' })).toEqual(['operator page']);
    expect(problems({ kind: 'chat', number: undefined })).toEqual(['no way to reach']);
  });

  it('lets an emergency number through on 2+ whatever its date, but not on SINGLE', () => {
    expect(problems({ kind: 'emergency', number: '112', domesticOnly: true, source: { site: 'x.org', date: '2019' } })).toEqual([]);
    expect(problems({ kind: 'emergency', status: 'SINGLE', number: '112', domesticOnly: true })).toEqual(['status SINGLE']);
  });

  it('leaves out a failing line at load and reports it', () => {
    const country: Country = { id: 'xx', iso: 'XX', name: { en: 'Testland', es: 'Testlandia' }, lines: [good, { ...good, id: 'xx-old', status: 'OLD' }] };
    const checked = checkCountries([country]);
    expect(checked.problems).toEqual(['xx/xx-old: status OLD']);
    expect(checked.countries[0]!.lines.map((l) => l.id)).toEqual(['xx-help']);
  });
});

describe('choosing a country', () => {
  it('follows the browser’s country, else the first', () => {
    expect(regionForLocales(COUNTRIES, ['en-GB'])?.id).toBe('uk');
    expect(regionForLocales(COUNTRIES, ['fr-FR'])?.id).toBe('fr');
    expect(regionForLocales(COUNTRIES, ['fr-CA', 'en'])?.id).toBe('ca');
    expect(regionForLocales(COUNTRIES, ['es-419', 'es-MX'])?.id).toBe('mx');
    expect(regionForLocales(COUNTRIES, ['de'])?.id).toBe('us');
  });
  it('prefers the saved choice when it still exists', () => {
    expect(findRegion(COUNTRIES, 'es', ['en-US'])?.id).toBe('es');
    expect(findRegion(COUNTRIES, 'gone', ['en-CA'])?.id).toBe('ca');
  });
});
