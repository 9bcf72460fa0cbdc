// Issue 26: the language registry: Lang, LANGS and detection come from it, old stored choices
// still read, and each per-language resource (catalogs, manifests, help data) follows it.
import { describe, expect, it } from 'vitest';
import { LANGUAGES, LANGS, asLang } from '../../src/i18n/languages';
import { detectLang } from '../../src/i18n/locale';
import { CATALOGS, type Lang } from '../../src/i18n';
import { normalizePrefs } from '../../src/exit/prefs';
import { DISGUISES, disguiseName, manifestFor, manifestPath } from '../../src/exit/disguises';
import { COUNTRIES } from '../../src/features/resources/data/countries';
import { inLang, type Country, type Localized } from '../../src/features/resources/model';

describe('the language registry', () => {
  it('lists every language with its own name, direction and locales', () => {
    expect(LANGS).toEqual(Object.keys(LANGUAGES));
    expect(LANGUAGES.en.native).toBe('English');
    expect(LANGUAGES.es.native).toBe('Español');
    for (const lang of LANGS) {
      expect(['ltr', 'rtl']).toContain(LANGUAGES[lang].dir);
      // Real locales: Intl resolves them to this language, not to a default.
      expect(new Intl.DateTimeFormat(LANGUAGES[lang].locale).resolvedOptions().locale.split('-')[0]).toBe(lang);
      expect(new Intl.DateTimeFormat(LANGUAGES[lang].letterLocale).resolvedOptions().locale.split('-')[0]).toBe(lang);
    }
  });

  it('detects by base language, in the browser\'s order, and keeps a saved choice', () => {
    expect(detectLang(null, ['es-MX', 'en-US'])).toBe('es');
    expect(detectLang(null, ['ES'])).toBe('es');
    expect(detectLang(null, ['de-DE', 'en-GB', 'es'])).toBe('en');
    expect(detectLang(null, ['zz', 'xx-YY'])).toBe('en');
    expect(detectLang('es', ['en-US'])).toBe('es');
  });

  it('maps regional tags of a registered language to it (pt-BR and pt-PT → pt, ar-* → ar), whatever is registered', () => {
    for (const lang of LANGS) {
      expect(detectLang(null, [`${lang}-BR`])).toBe(lang);
      expect(detectLang(null, [`${lang.toUpperCase()}-PT`, 'en'])).toBe(lang);
    }
    // Not registered yet: the next language of the browser's list wins.
    for (const tag of ['pt-BR', 'pt-PT', 'ar-EG', 'fr-CA']) {
      if (!asLang(tag.split('-')[0])) expect(detectLang(null, [tag, 'es'])).toBe('es');
    }
  });

  it('reads a stored language against the registry: old prefs\' en and es keep working, others are dropped', () => {
    expect(normalizePrefs({ lang: 'en' }).lang).toBe('en');
    expect(normalizePrefs({ lang: 'es' }).lang).toBe('es');
    expect(normalizePrefs({ lang: 'xx' }).lang).toBeNull();
    expect(normalizePrefs({ lang: 'toString' }).lang).toBeNull();
    expect(normalizePrefs({ lang: 7 }).lang).toBeNull();
  });

  it('names each disguise and its manifest per language, English keeping the old file names', () => {
    expect(manifestPath('notes', 'en')).toBe('manifest-notes.webmanifest');
    expect(manifestPath('notes', 'es')).toBe('manifest-notes.es.webmanifest');
    expect(manifestPath('notes', 'xx')).toBe('manifest-notes.webmanifest');
    const paths = new Set(DISGUISES.flatMap((d) => LANGS.map((l) => manifestPath(d.id, l))));
    expect(paths.size).toBe(DISGUISES.length * LANGS.length);
    for (const d of DISGUISES) {
      expect(disguiseName(d.id, 'xx')).toBe(d.names.en);
      for (const lang of LANGS) expect(manifestFor(d, lang)).toMatchObject({ lang, dir: LANGUAGES[lang].dir, name: d.names[lang] });
    }
  });

  it('loaded every language\'s catalogs for these tests (setup.ts), each with the shell\'s keys', () => {
    for (const lang of LANGS) expect(Object.keys(CATALOGS[lang]).length).toBe(Object.keys(CATALOGS.en).length);
  });
});

/** Every text of a country's help data (names, notes, lines' texts). */
function texts(country: Country): Localized[] {
  const lines = [...(country.emergency ? [country.emergency] : []), ...country.lines];
  return [country.name, ...(country.note ? [country.note] : []), ...lines.flatMap((l) => [l.name, l.about, ...(l.hours ? [l.hours] : []), ...(l.languages ? [l.languages] : [])])];
}

describe('help data in each language', () => {
  // Help texts are `{ en } & Partial<Record<Lang, string>>`: a new language need not edit 18
  // country files at once; until it does, English shows. This lists where each language stands.
  const complete = (lang: Lang) => COUNTRIES.filter((c) => texts(c).every((t) => t[lang] !== undefined)).map((c) => c.id);

  it('is complete in English and Spanish; other languages are listed as they stand', () => {
    expect(complete('en')).toEqual(COUNTRIES.map((c) => c.id));
    expect(complete('es')).toEqual(COUNTRIES.map((c) => c.id));
    const status = Object.fromEntries(LANGS.map((lang) => [lang, `${complete(lang).length}/${COUNTRIES.length}`]));
    console.info('help data complete per language:', status);
  });

  it('falls back to English for a language a text lacks', () => {
    expect(inLang({ en: 'Help' }, 'es')).toBe('Help');
    expect(inLang({ en: 'Help', es: 'Ayuda' }, 'es')).toBe('Ayuda');
  });
});
