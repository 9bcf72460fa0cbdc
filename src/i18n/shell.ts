// The messages needed before unlock (shell, first run, disguise fronts): loaded up front.
import { core as coreEn } from './en/core';
import { disguise as disguiseEn } from './en/disguise';
import { guard as guardEn } from './en/guard';
import { core as coreEs } from './es/core';
import { disguise as disguiseEs } from './es/disguise';
import { guard as guardEs } from './es/guard';

export const shellEn = { ...coreEn, ...disguiseEn, ...guardEn };
export const shellEs = { ...coreEs, ...disguiseEs, ...guardEs };
