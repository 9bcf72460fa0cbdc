// The messages needed before unlock (shell, first run, disguise, backup/erase): loaded up front.
import { core as coreEn } from './en/core';
import { disguise as disguiseEn } from './en/disguise';
import { backup as backupEn } from './en/backup';
import { core as coreEs } from './es/core';
import { disguise as disguiseEs } from './es/disguise';
import { backup as backupEs } from './es/backup';
import { logging as loggingEn } from './en/logging';
import { logging as loggingEs } from './es/logging';

export const shellEn = { ...coreEn, ...disguiseEn, ...backupEn, ...loggingEn };
export const shellEs = { ...coreEs, ...disguiseEs, ...backupEs, ...loggingEs };
