// Which language to speak: the saved choice, else the browser's first supported language.
export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

export function detectLang(saved: Lang | null, browser: readonly string[] = navigator.languages ?? []): Lang {
  if (saved) return saved;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'es' || base === 'en') return base;
  }
  return 'en';
}
