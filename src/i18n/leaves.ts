// "What this app leaves on your device": its long texts load with that page, not before unlock.
import { leaves as leavesEn } from './en/leaves';
import { leaves as leavesEs } from './es/leaves';
import { leaves as leavesFr } from './fr/leaves';
import { leaves as leavesPt } from './pt/leaves';
import { leaves as leavesAr } from './ar/leaves';
import { addMessages } from './index';
import type { Lang } from './languages';

const LEAVES: Record<Lang, Record<keyof typeof leavesEn, string>> = { en: leavesEn, es: leavesEs, fr: leavesFr, pt: leavesPt, ar: leavesAr };
addMessages(LEAVES);
