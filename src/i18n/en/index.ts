// The English catalog: one file per module, merged here.
import { core } from './core';
import { journal } from './journal';
import { report } from './report';
import { letters } from './letters';
import { plan } from './plan';
import { resources } from './resources';
import { settings } from './settings';
import { disguise } from './disguise';
import { leaves } from './leaves';
import { backup } from './backup';
import { strength } from './strength';
import { guard } from './guard';
import { apps } from './apps';
import { logging } from './logging';
import { imports } from './imports';
import { packet } from './packet';

export const catalog = { ...core, ...journal, ...report, ...letters, ...plan, ...resources, ...settings, ...disguise, ...leaves, ...backup, ...strength, ...guard, ...apps, ...logging, ...imports, ...packet };
