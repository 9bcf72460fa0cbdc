// The neutral identities the app can wear: name, colours and icon set per disguise.
// Shared by the build (manifests), the service worker (serves the chosen manifest) and exit/.

export interface Disguise {
  id: 'daybook' | 'notes' | 'weather';
  name: string;
  theme: string;
  background: string;
}

export const DISGUISES: readonly Disguise[] = [
  { id: 'daybook', name: 'Daybook', theme: '#3d5a80', background: '#f6f4ef' },
  { id: 'notes', name: 'Notes', theme: '#b08900', background: '#fffbea' },
  { id: 'weather', name: 'Weather', theme: '#1f78b4', background: '#eef6fc' },
];

export type DisguiseId = Disguise['id'];
export const DEFAULT_DISGUISE: DisguiseId = 'daybook';

export function disguiseById(id: string | null | undefined): Disguise {
  return DISGUISES.find((d) => d.id === id) ?? DISGUISES[0]!;
}

export const iconPath = (id: DisguiseId, size: 32 | 180 | 192 | 512 | 'maskable'): string =>
  `icons/${id}-${size}.png`;

export const manifestPath = (id: DisguiseId): string => `manifest-${id}.webmanifest`;

/** The web app manifest for one disguise: relative URLs so the app works under any path. */
export function manifestFor(d: Disguise): Record<string, unknown> {
  return {
    name: d.name,
    short_name: d.name,
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
