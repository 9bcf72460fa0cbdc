// The messages needed before unlock (shell, first run, disguise, backup/erase): loaded up front.
import { core as coreEn } from './en/core';
import { disguise as disguiseEn } from './en/disguise';
import { backup as backupEn } from './en/backup';
import { guard as guardEn } from './en/guard';
import { core as coreEs } from './es/core';
import { disguise as disguiseEs } from './es/disguise';
import { backup as backupEs } from './es/backup';
import { guard as guardEs } from './es/guard';

export const shellEn = { ...coreEn, ...disguiseEn, ...backupEn, ...guardEn };
export const shellEs = { ...coreEs, ...disguiseEs, ...backupEs, ...guardEs };
