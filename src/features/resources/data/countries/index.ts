// Every country shipped, in the order of the Country list (alphabetical by English name, the three
// first-shipped countries first). Each file holds only what HELP-DATA.md's rules allow; see model.ts.
import type { Country } from '../../model';
import { ar } from './ar';
import { au } from './au';
import { br } from './br';
import { ca } from './ca';
import { co } from './co';
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { ie } from './ie';
import { india } from './in';
import { it } from './it';
import { ke } from './ke';
import { mx } from './mx';
import { nz } from './nz';
import { ph } from './ph';
import { uk } from './uk';
import { us } from './us';
import { za } from './za';

export const COUNTRIES: readonly Country[] = [us, uk, ca, ar, au, br, co, fr, de, india, ie, it, ke, mx, nz, ph, za, es];
