// Registers zxcvbn's feedback messages; called from the estimator's lazy chunk, so they are not
// part of the first screen's bundle.
import { strength as en } from './en/strength';
import { strength as es } from './es/strength';
import { strength as fr } from './fr/strength';
import { strength as pt } from './pt/strength';
import { strength as ar } from './ar/strength';
import { addMessages } from './index';
import type { Lang } from './languages';

const STRENGTH: Record<Lang, Record<keyof typeof en, string>> = { en, es, fr, pt, ar };

export function registerStrengthMessages(): void {
  addMessages(STRENGTH);
}
