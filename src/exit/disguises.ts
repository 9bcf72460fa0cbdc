// The neutral identities the app can wear: name (in each language), colours and icon set per
// disguise. Shared by the build (manifests), the service worker (serves the chosen manifest) and exit/.
import { asLang, LANGUAGES, type Lang } from '../i18n/languages.ts';

export interface Disguise {
  id: 'daybook' | 'notes' | 'weather';
  /** The English name (the default); what a person sees comes from disguiseName, in their language. */
  name: string;
  /** The name each language's own notes or weather app would have: a Spanish phone says "Notas". */
  names: Readonly<Record<Lang, string>>;
  theme: string;
  background: string;
}

export const DISGUISES: readonly Disguise[] = [
  { id: 'daybook', name: 'Daybook', names: { en: 'Daybook', es: 'Daybook', fr: 'Daybook', pt: 'Daybook', ar: 'Daybook' }, theme: '#3d5a80', background: '#f6f4ef' },
  { id: 'notes', name: 'Notes', names: { en: 'Notes', es: 'Notas', fr: 'Notes', pt: 'Notas', ar: 'الملاحظات' }, theme: '#b08900', background: '#fffbea' },
  { id: 'weather', name: 'Weather', names: { en: 'Weather', es: 'El tiempo', fr: 'Météo', pt: 'Tempo', ar: 'الطقس' }, theme: '#1f78b4', background: '#eef6fc' },
];

export type DisguiseId = Disguise['id'];
export const DEFAULT_DISGUISE: DisguiseId = 'daybook';

export function disguiseById(id: string | null | undefined): Disguise {
  return DISGUISES.find((d) => d.id === id) ?? DISGUISES[0]!;
}

/** The name shown for a disguise (title, home screen, settings) in the app's language. */
export function disguiseName(id: string | null | undefined, lang: string): string {
  const d = disguiseById(id);
  return d.names[asLang(lang) ?? 'en'];
}

export const iconPath = (id: DisguiseId, size: 32 | 180 | 192 | 512 | 'maskable'): string =>
  `icons/${id}-${size}.png`;

/**
 * One manifest per disguise and language; English keeps the file name installs already point
 * to. The page links the one for its language (browsers read the linked manifest at install).
 */
export const manifestPath = (id: DisguiseId, lang: string = 'en'): string => {
  const known = asLang(lang) ?? 'en';
  return known === 'en' ? `manifest-${id}.webmanifest` : `manifest-${id}.${known}.webmanifest`;
};

/** The web app manifest for one disguise: relative URLs so the app works under any path. */
export function manifestFor(d: Disguise, lang: Lang = 'en'): Record<string, unknown> {
  const name = d.names[lang];
  return {
    name,
    short_name: name,
    lang,
    dir: LANGUAGES[lang].dir,
    id: './',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: d.theme,
    background_color: d.background,
    icons: [
      { src: iconPath(d.id, 192), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: iconPath(d.id, 512), sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: iconPath(d.id, 'maskable'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
