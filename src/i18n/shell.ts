// The messages needed before unlock (shell, first run, disguise fronts), one chunk per language:
// only the chosen language's is fetched before the first screen (main.ts starts it). English is
// bundled with ./index.ts as the fallback. (The passphrase gate's load with whatever shows it: ./guard.ts.)
import type { core } from './en/core';
import type { disguise } from './en/disguise';
import type { Lang } from './languages';

type ShellMessages = Record<keyof typeof core | keyof typeof disguise, string>;

const SHELL: Record<Lang, (() => Promise<ShellMessages>) | null> = {
  en: null,
  es: () => import('./es/shell').then((m) => m.shell),
};

export function loadShell(lang: Lang): Promise<Partial<ShellMessages>> {
  return SHELL[lang]?.() ?? Promise.resolve({});
}
