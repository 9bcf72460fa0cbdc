// The messages needed before unlock (shell, first run, disguise fronts): loaded up front. (The
// passphrase gate's load with whatever shows it: see ./guard.ts.)
import { core as coreEn } from './en/core';
import { disguise as disguiseEn } from './en/disguise';
import { core as coreEs } from './es/core';
import { disguise as disguiseEs } from './es/disguise';

export const shellEn = { ...coreEn, ...disguiseEn };
export const shellEs = { ...coreEs, ...disguiseEs };
