// The passphrase gate's words, and what Quick exit's confirmation and the unlock report say about
// the guards (issue 22). Everything that shows them is in the unlocked app, so they load with it,
// not before unlock (the code before unlock stays small): importing this module registers them,
// and ui/PassphraseGate.tsx, app/ExitConfirm.tsx and app/UnlockReport.tsx import it, so every
// screen that asks for the passphrase has its words, whichever loads first.
import { guard as guardEn } from './en/guard';
import { guard as guardEs } from './es/guard';
import { guard as guardFr } from './fr/guard';
import { guard as guardPt } from './pt/guard';
import { guard as guardAr } from './ar/guard';
import { addMessages } from './index';
import type { Lang } from './languages';

const GUARD: Record<Lang, Record<keyof typeof guardEn, string>> = { en: guardEn, es: guardEs, fr: guardFr, pt: guardPt, ar: guardAr };
addMessages(GUARD);
