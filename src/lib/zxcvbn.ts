// The zxcvbn-ts estimator and its dictionaries: its own lazy chunk (see strength.ts), never precached.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as es from '@zxcvbn-ts/language-es-es';
import { registerStrengthMessages } from '../i18n/strength';
import type { Estimate, Estimator } from './estimate';

/** Beyond this many characters a passphrase is strong anyway; zxcvbn's time grows with length. */
const CHECKED_LENGTH = 100;

export function createEstimator(): Estimator {
  registerStrengthMessages();
  // No `translations`: feedback then comes back as zxcvbn's keys. The packs' Spanish mixes
  // "usted" and "tú" and says "contraseña"; our catalogs (strength.warning.*, .suggestion.*) say it our way.
  const zxcvbn = new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...es.dictionary },
    graphs: common.adjacencyGraphs,
    // Off: over these 1.2 million words it costs 0.2–1.6 s a check here, too slow while typing.
    useLevenshteinDistance: false,
  });
  return (passphrase) => {
    const { score, feedback } = zxcvbn.check(passphrase.slice(0, CHECKED_LENGTH));
    return { score: score as Estimate['score'], warning: feedback.warning, suggestions: feedback.suggestions };
  };
}
