// The help-line data file and its validation: every number dials what it says, every link is safe.
import { describe, expect, it } from 'vitest';
import raw from '../../src/features/resources/data/resources.json';
import { findRegion, isSafeWebLink, regionForLocales, validateResources } from '../../src/features/resources/model';

const TEL = /^tel:(\+[1-9]\d{7,14}|\d{3,6})$/;
const SMS = /^sms:(\+[1-9]\d{7,14}|\d{3,6})(\?body=[A-Za-z0-9%]+)?$/;
type Loose = Record<string, unknown>;
/** A writable copy of the data file, loosely typed so tests can break it in any way. */
const clone = () => JSON.parse(JSON.stringify(raw)) as { version: number; regions: Array<Loose & { entries: Loose[] }> };

describe('the shipped data file', () => {
  const { regions, problems } = validateResources(raw);

  it('validates without a single problem, so nothing is silently left out', () => {
    expect(problems).toEqual([]);
    expect(regions.map((r) => r.id)).toEqual(['us', 'uk', 'ca']);
    const entries = raw.regions.reduce((n, r) => n + r.entries.length, 0);
    expect(regions.reduce((n, r) => n + r.entries.length, 0)).toBe(entries);
  });

  it('has well-formed tel:, sms: and https links everywhere, and a name, hours and languages in both languages', () => {
    for (const region of regions) {
      expect(region.emergency.href).toMatch(TEL);
      for (const entry of region.entries) {
        if (entry.phone) expect(entry.phone.href, entry.id).toMatch(TEL);
        if (entry.tty) expect(entry.tty.href, entry.id).toMatch(TEL);
        if (entry.sms) expect(entry.sms.href, entry.id).toMatch(SMS);
        if (entry.web) expect(new URL(entry.web).protocol, entry.id).toBe('https:');
        for (const lang of ['en', 'es'] as const) {
          for (const field of [entry.name, entry.description, entry.hours, entry.languages]) expect(field[lang].length).toBeGreaterThan(1);
        }
        expect(entry.description.es).not.toBe(entry.description.en);
      }
    }
  });

  it('carries the United States numbers of DOMAIN.md exactly', () => {
    const us = regions.find((r) => r.id === 'us')!;
    const byId = Object.fromEntries(us.entries.map((e) => [e.id, e]));
    expect(us.emergency).toEqual({ display: '911', href: 'tel:911' });
    expect(byId['us-emergency'].phone?.href).toBe('tel:911');
    expect(byId['us-ndvh'].phone).toEqual({ display: '1-800-799-7233', words: '1-800-799-SAFE', href: 'tel:+18007997233' });
    expect(byId['us-ndvh'].sms).toEqual({ to: '88788', body: 'START', href: 'sms:88788?body=START' });
    expect(byId['us-ndvh'].tty?.href).toBe('tel:+18007873224');
    expect(byId['us-ndvh'].languages.en).toMatch(/English, Spanish and 200\+ languages/);
    expect(byId['us-loveisrespect'].phone?.href).toBe('tel:+18663319474');
    expect(byId['us-loveisrespect'].sms?.href).toBe('sms:22522?body=LOVEIS');
    expect(byId['us-safehorizon'].phone?.href).toBe('tel:+18006214673');
  });

  it('dials UK numbers in international form and short codes as written', () => {
    const uk = regions.find((r) => r.id === 'uk')!;
    const byId = Object.fromEntries(uk.entries.map((e) => [e.id, e]));
    expect(uk.emergency.href).toBe('tel:999');
    expect(byId['uk-ndah'].phone?.href).toBe('tel:+448082000247');
    expect(byId['uk-stalking'].phone?.href).toBe('tel:+448088020300');
    expect(byId['uk-samaritans'].phone?.href).toBe('tel:116123');
    expect(byId['uk-police-101'].phone?.href).toBe('tel:101');
  });

  it('has exactly one emergency entry per region, listed first', () => {
    for (const region of regions) {
      expect(region.entries.filter((e) => e.emergency)).toHaveLength(1);
      expect(region.entries[0].emergency).toBe(true);
      expect(region.entries[0].phone?.display).toBe(region.emergency.display);
    }
  });
});

describe('validation catches bad data', () => {
  function problemsAfter(change: (data: ReturnType<typeof clone>) => void): string[] {
    const data = clone();
    change(data);
    return validateResources(data).problems;
  }

  it('reports and drops a number with letters, too few digits or a bad vanity spelling', () => {
    expect(problemsAfter((d) => { d.regions[0].entries[1].phone = '1-800-799-72'; })).toEqual(['us/us-ndvh: phone']);
    expect(problemsAfter((d) => { d.regions[0].entries[1].phone = '1-800-CALL-NOW'; })).toEqual(['us/us-ndvh: phone']);
    expect(problemsAfter((d) => { d.regions[0].entries[1].phoneWords = '1-800-799-SAFA'; })).toEqual(['us/us-ndvh: phoneWords']);
    const data = clone();
    data.regions[0].entries[1].phone = '12';
    expect(validateResources(data).regions[0].entries.map((e) => e.id)).not.toContain('us-ndvh');
  });

  it('reports a text body that would need escaping, or a missing text number', () => {
    expect(problemsAfter((d) => { d.regions[0].entries[1].sms = { to: '88788', body: 'START&x=1' }; })).toEqual(['us/us-ndvh: sms']);
    expect(problemsAfter((d) => { d.regions[0].entries[1].sms = { body: 'START' }; })).toEqual(['us/us-ndvh: sms']);
  });

  it('reports a link that is not plain https', () => {
    for (const web of ['http://www.thehotline.org/', 'javascript:alert(1)', 'https://user:pw@example.org/', 'https://localhost/', 'not a url']) {
      expect(problemsAfter((d) => { d.regions[0].entries[1].web = web; })).toEqual(['us/us-ndvh: web']);
    }
    expect(isSafeWebLink('https://www.thehotline.org/')).toBe(true);
  });

  it('reports a missing translation, a duplicate id and a bad region header', () => {
    expect(problemsAfter((d) => { (d.regions[0].entries[2].name as { es?: string }).es = undefined; })).toEqual(['us/us-loveisrespect: name']);
    expect(problemsAfter((d) => { d.regions[0].entries[2].id = 'us-ndvh'; })).toEqual(['us/us-ndvh: duplicate id']);
    expect(problemsAfter((d) => { d.regions[1].emergency = 'help'; })).toEqual(['uk: emergency']);
    expect(problemsAfter((d) => { d.regions[1].iso = 'gbr'; })).toEqual(['uk: iso']);
    expect(validateResources({ version: 2, regions: [] }).problems).toEqual(['file: version or regions']);
  });

  it('accepts a new region added as data only', () => {
    const data = clone() as { version: number; regions: unknown[] };
    data.regions.push({
      id: 'xx', iso: 'XX', name: { en: 'Testland', es: 'Testlandia' }, countryCode: '99', trunkPrefix: '0', nationalDigits: [8, 9], emergency: '112',
      entries: [{ id: 'xx-112', emergency: true, name: { en: 'Emergency', es: 'Emergencias' }, description: { en: 'Call', es: 'Llame' }, phone: '112', hours: { en: 'Always', es: 'Siempre' }, languages: { en: 'English', es: 'Inglés' } },
        { id: 'xx-help', name: { en: 'Help', es: 'Ayuda' }, description: { en: 'Help line', es: 'Línea de ayuda' }, phone: '0 1234 5678', hours: { en: 'Always', es: 'Siempre' }, languages: { en: 'English', es: 'Inglés' } }],
    });
    const { regions, problems } = validateResources(data);
    expect(problems).toEqual([]);
    expect(regions.find((r) => r.id === 'xx')?.entries[1].phone?.href).toBe('tel:+9912345678');
  });
});

describe('choosing a region', () => {
  const { regions } = validateResources(raw);
  it('follows the browser’s country, else the first region', () => {
    expect(regionForLocales(regions, ['en-GB'])?.id).toBe('uk');
    expect(regionForLocales(regions, ['fr-CA', 'en'])?.id).toBe('ca');
    expect(regionForLocales(regions, ['es-419', 'es-US'])?.id).toBe('us');
    expect(regionForLocales(regions, ['de'])?.id).toBe('us');
  });
  it('prefers the saved choice when it still exists', () => {
    expect(findRegion(regions, 'uk', ['en-US'])?.id).toBe('uk');
    expect(findRegion(regions, 'gone', ['en-CA'])?.id).toBe('ca');
  });
});
