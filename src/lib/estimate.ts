// What a strength estimator answers: shared by strength.ts and its lazy zxcvbn chunk, so neither imports the other back.
export type Score = 0 | 1 | 2 | 3 | 4;

/** What the estimator says: a score and zxcvbn's feedback as its own keys (our catalogs translate them). */
export interface Estimate {
  score: Score;
  warning: string | null;
  suggestions: string[];
}
export type Estimator = (passphrase: string) => Estimate;
