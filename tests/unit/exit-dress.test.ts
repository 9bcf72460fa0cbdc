// The service worker's dressing of index.html: the page the browser sees (before any script)
// already wears the disguise, speaks the language and links Quick exit to the chosen page.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dressPage } from '../../src/exit/dress';
import { DISGUISES, manifestFor } from '../../src/exit/disguises';

const html = readFileSync('index.html', 'utf8');
const FRONT = { lockNotes: [], notesTold: false, place: '' };
const attr = (page: string, tag: RegExp, name: string) => page.match(tag)?.[0].match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

describe('dressPage', () => {
  it('wears each disguise: title, icons, theme colour and manifest', () => {
    for (const d of DISGUISES) {
      const page = dressPage(html, { disguise: d.id, exitUrl: 'https://weather.com/', exitConfirmed: '', lang: null, ...FRONT });
      expect(page).toContain(`<title>${d.name}</title>`);
      expect(attr(page, /<link[^>]*rel="icon"[^>]*>/, 'href')).toBe(`icons/${d.id}-32.png`);
      expect(attr(page, /<link[^>]*rel="apple-touch-icon"[^>]*>/, 'href')).toBe(`icons/${d.id}-180.png`);
      expect(attr(page, /<link[^>]*rel="manifest"[^>]*>/, 'href')).toBe(`manifest-${d.id}.webmanifest`);
      expect(attr(page, /<meta[^>]*name="theme-color"[^>]*>/, 'content')).toBe(d.theme);
      expect(attr(page, /<meta[^>]*name="apple-mobile-web-app-title"[^>]*>/, 'content')).toBe(d.name);
      expect(page.match(/<title>/g)).toHaveLength(1);
    }
  });

  it('points the plain Quick exit link at the neutral page (it moves on to a chosen site), in the chosen language', () => {
    const page = dressPage(html.replace('href="weather.html"', 'href="https://old.example/"'), { disguise: 'daybook', exitUrl: 'https://www.bbc.com/mundo?a=1&b="2"', exitConfirmed: '', lang: 'es', ...FRONT });
    // Never the chosen site itself: without script nothing could check that it answers.
    expect(attr(page, /<a[^>]*id="quick-exit"[^>]*>/, 'href')).toBe('weather.html');
    expect(page).toMatch(/<a[^>]*id="quick-exit"[^>]*>Salida rápida<\/a>/);
    expect(attr(page, /<a[^>]*id="quick-exit"[^>]*>/, 'aria-label')).toBe('Salida rápida');
    expect(attr(page, /<html[^>]*>/, 'lang')).toBe('es');
    expect(attr(page, /<html[^>]*>/, 'dir')).toBe('ltr');
    // The link keeps everything else that makes it safe without script.
    expect(attr(page, /<a[^>]*id="quick-exit"[^>]*>/, 'rel')).toBe('noreferrer');
  });

  it('keeps the preload of the chosen language\'s first messages only, from the built page', () => {
    // The build (vite.config.ts, preloadLanguages) writes one link per language chunk, marked.
    const langs = ['en', 'es', 'fr', 'pt', 'ar'];
    const built = html.replace('</head>', `${langs.map((l) => `<link rel="modulepreload" crossorigin href="./assets/${l}-x.js" data-lang="${l}">\n`).join('')}</head>`);
    for (const lang of langs) {
      const page = dressPage(built, { disguise: 'notes', exitUrl: '', exitConfirmed: '', lang: lang as 'en', ...FRONT });
      expect(page.match(/data-lang="(\w+)"/g), lang).toEqual([`data-lang="${lang}"`]);
      expect(page).toContain(`href="./assets/${lang}-x.js"`);
    }
    // A person who never chose one gets the browser's language's.
    const page = dressPage(built, { disguise: 'daybook', exitUrl: '', exitConfirmed: '', lang: null, ...FRONT }, ['pt-BR', 'en']);
    expect(page.match(/data-lang="(\w+)"/g)).toEqual(['data-lang="pt"']);
  });

  it('under Notes and Weather paints a plain close mark that keeps the name "Quick exit"', () => {
    for (const disguise of ['notes', 'weather'] as const) {
      const page = dressPage(html, { disguise, exitUrl: 'https://weather.com/', exitConfirmed: '', lang: 'en', ...FRONT });
      const link = /<a[^>]*id="quick-exit"[^>]*>/;
      expect(attr(page, link, 'class')).toBe('quick-exit native');
      expect(attr(page, link, 'aria-label')).toBe('Quick exit');
      expect(page).toMatch(/<a[^>]*id="quick-exit"[^>]*>✕<\/a>/);
      expect(attr(page, link, 'href')).toBe('weather.html');
    }
  });

  it('names the disguise in the app’s language: the chosen one, else the browser’s (issue 21)', () => {
    const spanish = { en: ['Daybook', 'Notes', 'Weather'], es: ['Daybook', 'Notas', 'El tiempo'] };
    for (const [lang, names] of Object.entries(spanish) as Array<['en' | 'es', string[]]>) {
      DISGUISES.forEach((d, i) => {
        // Chosen in the app, whatever the browser says; and never chosen, from the browser's list.
        for (const page of [dressPage(html, { disguise: d.id, exitUrl: '', exitConfirmed: '', lang, ...FRONT }, ['fr-FR']), dressPage(html, { disguise: d.id, exitUrl: '', exitConfirmed: '', lang: null, ...FRONT }, ['de', `${lang}-MX`])]) {
          expect(page).toContain(`<title>${names[i]}</title>`);
          expect(attr(page, /<meta[^>]*name="apple-mobile-web-app-title"[^>]*>/, 'content')).toBe(names[i]);
          expect(attr(page, /<link[^>]*rel="manifest"[^>]*>/, 'href')).toBe(lang === 'es' ? `manifest-${d.id}.es.webmanifest` : `manifest-${d.id}.webmanifest`);
          expect(attr(page, /<html[^>]*>/, 'lang')).toBe(lang);
        }
      });
    }
  });

  it('changes nothing else in the page', () => {
    const page = dressPage(html, { disguise: 'daybook', exitUrl: 'https://weather.com/', exitConfirmed: '', lang: 'en', ...FRONT });
    // The default disguise only names its manifest file explicitly.
    expect(page).toBe(html.replace('href="manifest.webmanifest"', 'href="manifest-daybook.webmanifest"'));
  });
});

describe('manifests', () => {
  it('name each disguise neutrally, with its own icons and colours', () => {
    for (const d of DISGUISES) {
      const m = manifestFor(d) as { name: string; short_name: string; theme_color: string; icons: Array<{ src: string }> };
      expect([m.name, m.short_name, m.theme_color]).toEqual([d.name, d.name, d.theme]);
      expect(m.icons.every((i) => i.src.startsWith(`icons/${d.id}-`))).toBe(true);
    }
    expect(new Set(DISGUISES.map((d) => d.name)).size).toBeGreaterThanOrEqual(3);
  });

  it('have a Spanish version named as a Spanish phone names its apps', () => {
    const names = DISGUISES.map((d) => manifestFor(d, 'es') as { name: string; short_name: string; lang: string });
    expect(names.map((m) => [m.name, m.short_name, m.lang])).toEqual([['Daybook', 'Daybook', 'es'], ['Notas', 'Notas', 'es'], ['El tiempo', 'El tiempo', 'es']]);
  });
});
