// The language registry: every language the app speaks, its name, direction and locales. Adding a
// language starts here (one line); every per-language map is typed Record<Lang, …> from it, so
// `npm run typecheck` then lists each map still missing the language (the recipe: README, "Languages").

export interface LanguageInfo {
  /** The language's own name for itself, as the picker shows it. */
  native: string;
  dir: 'ltr' | 'rtl';
  /** The Intl locale for the app's dates, times and numbers. */
  locale: string;
  /** The Intl locale for a letter's date line. */
  letterLocale: string;
}

export const LANGUAGES = {
  en: { native: 'English', dir: 'ltr', locale: 'en-US', letterLocale: 'en-US' },
  es: { native: 'Español', dir: 'ltr', locale: 'es-US', letterLocale: 'es-US' },
  fr: { native: 'Français', dir: 'ltr', locale: 'fr-FR', letterLocale: 'fr-FR' },
  pt: { native: 'Português', dir: 'ltr', locale: 'pt-BR', letterLocale: 'pt-BR' },
  ar: { native: 'العربية', dir: 'rtl', locale: 'ar', letterLocale: 'ar' },
} as const satisfies Record<string, LanguageInfo>;

export type Lang = keyof typeof LANGUAGES;
export const LANGS = Object.keys(LANGUAGES) as readonly Lang[];

/** A stored or typed value as a known language, else null (so old prefs' 'en'/'es' keep working). */
export const asLang = (value: unknown): Lang | null =>
  typeof value === 'string' && Object.hasOwn(LANGUAGES, value) ? (value as Lang) : null;

export const languageInfo = (lang: Lang): LanguageInfo => LANGUAGES[lang];
