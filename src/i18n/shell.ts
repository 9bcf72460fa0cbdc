// The messages needed before unlock (shell, first run, disguise fronts), one chunk per language:
// only the chosen language's is fetched before the first screen (main.ts starts it), English's
// too only if it is the one (or that chunk cannot be had): the code before unlock then holds one
// language, whichever. (The passphrase gate's load with whatever shows it: ./guard.ts.)
import type { core } from './en/core';
import type { disguise } from './en/disguise';
import type { Lang } from './languages';

type ShellMessages = Record<keyof typeof core | keyof typeof disguise, string>;

const SHELL: Record<Lang, () => Promise<ShellMessages>> = {
  en: () => import('./en/shell').then((m) => m.shell),
  es: () => import('./es/shell').then((m) => m.shell),
  fr: () => import('./fr/shell').then((m) => m.shell),
  pt: () => import('./pt/shell').then((m) => m.shell),
  ar: () => import('./ar/shell').then((m) => m.shell),
};

export function loadShell(lang: Lang): Promise<ShellMessages> {
  return SHELL[lang]();
}
