// The shipped help-line data (one typed file per country), checked once at load: a line that
// breaks the rule in model.ts is left out, never shown (the unit test keeps that list empty).
import { checkCountries, type Country } from './model';
import { COUNTRIES as ALL } from './data/countries';

const checked = checkCountries(ALL);
if (checked.problems.length) console.warn('help data:', checked.problems.join('; '));

export const COUNTRIES: readonly Country[] = checked.countries;
