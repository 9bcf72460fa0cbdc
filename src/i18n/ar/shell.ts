// Arabic before unlock, as one chunk (see ../shell.ts): the shell's and the disguise fronts' messages.
import { core } from './core';
import { disguise } from './disguise';

export const shell = { ...core, ...disguise };
