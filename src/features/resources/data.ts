// The shipped help-line data, validated once at load: a malformed entry is left out, never shown.
import raw from './data/resources.json';
import { validateResources, type Region } from './model';

const validated = validateResources(raw);
if (validated.problems.length) console.warn('resources data:', validated.problems.join('; '));

export const REGIONS: readonly Region[] = validated.regions;
