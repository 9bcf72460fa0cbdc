// The zxcvbn-ts estimator and its dictionaries: its own lazy chunk (see strength.ts), never precached.
// Always the common and English dictionaries (English words are everywhere in passwords), plus the
// pack of the app's language (issue 26), each its own lazy chunk.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { registerStrengthMessages } from '../i18n/strength';
import type { Estimate, Estimator } from './estimate';
import type { Lang } from '../i18n/languages';

/** Beyond this many characters a passphrase is strong anyway; zxcvbn's time grows with length. */
const CHECKED_LENGTH = 100;

type Dictionary = Record<string, readonly string[]>;

/**
 * The zxcvbn-ts language pack for each language: Spanish for the app today; French, Brazilian
 * Portuguese and Arabic (the packs that exist on npm) ready for those catalogs. Only the
 * dictionaries are used: feedback comes back as zxcvbn's keys and our catalogs word it.
 */
export const LANGUAGE_PACKS: Record<Lang | 'fr' | 'pt' | 'ar', (() => Promise<Dictionary>) | null> = {
  en: null,
  es: async () => (await import('@zxcvbn-ts/language-es-es')).dictionary,
  fr: async () => (await import('@zxcvbn-ts/language-fr')).dictionary,
  pt: async () => (await import('@zxcvbn-ts/language-pt-br')).dictionary,
  ar: async () => (await import('@zxcvbn-ts/language-ar')).dictionary,
};

export function createEstimator(extra: readonly Dictionary[] = []): Estimator {
  registerStrengthMessages();
  // No `translations`: feedback then comes back as zxcvbn's keys. The packs' Spanish mixes
  // "usted" and "tú" and says "contraseña"; our catalogs (strength.warning.*, .suggestion.*) say it our way.
  const zxcvbn = new ZxcvbnFactory({
    dictionary: Object.assign({}, common.dictionary, en.dictionary, ...extra) as Record<string, string[]>,
    graphs: common.adjacencyGraphs,
    // Off: over these 1.2 million words it costs 0.2–1.6 s a check here, too slow while typing.
    useLevenshteinDistance: false,
  });
  return (passphrase) => {
    const { score, feedback } = zxcvbn.check(passphrase.slice(0, CHECKED_LENGTH));
    return { score: score as Estimate['score'], warning: feedback.warning, suggestions: feedback.suggestions };
  };
}

/** The estimator for a language: its pack loaded first (none for English or an unknown language). */
export async function estimatorFor(lang: string): Promise<Estimator> {
  const load = lang in LANGUAGE_PACKS ? LANGUAGE_PACKS[lang as keyof typeof LANGUAGE_PACKS] : null;
  return createEstimator(load ? [await load()] : []);
}
