// Registers zxcvbn's feedback messages; called from the estimator's lazy chunk, so they are not
// part of the first screen's bundle.
import { strength as en } from './en/strength';
import { strength as es } from './es/strength';
import { addMessages } from './index';

export function registerStrengthMessages(): void {
  addMessages(en, es);
}
