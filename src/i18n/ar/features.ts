// Arabic after unlock, as one chunk (see ../features.ts): the features' messages.
import { journal } from './journal';
import { report } from './report';
import { letters } from './letters';
import { plan } from './plan';
import { resources } from './resources';
import { settings } from './settings';
import { backup } from './backup';
import { logging } from './logging';
import { imports } from './imports';

export const features = { ...journal, ...report, ...letters, ...plan, ...resources, ...settings, ...backup, ...logging, ...imports };
