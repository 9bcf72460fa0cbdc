// Which language to speak: the saved choice, else the browser's first language the registry has.
import { asLang, LANGS, type Lang } from './languages.ts';

export { LANGS, asLang, type Lang };

/** Browser tags match by base language: pt-BR and pt-PT speak `pt`, every ar-* speaks `ar`. */
export function detectLang(saved: Lang | null, browser: readonly string[] = navigator.languages ?? []): Lang {
  if (saved) return saved;
  for (const tag of browser) {
    const lang = asLang(tag.toLowerCase().split('-')[0]);
    if (lang) return lang;
  }
  return 'en';
}
