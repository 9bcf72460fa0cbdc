// The features' messages (and the locked log sheet's), loaded with the first feature screen after unlock so the code that
// runs before unlock stays small. Every key is typed in ./en and ./es; this only registers them.
import { journal as journalEn } from './en/journal';
import { report as reportEn } from './en/report';
import { letters as lettersEn } from './en/letters';
import { plan as planEn } from './en/plan';
import { resources as resourcesEn } from './en/resources';
import { settings as settingsEn } from './en/settings';
import { backup as backupEn } from './en/backup';
import { logging as loggingEn } from './en/logging';
import { imports as importsEn } from './en/imports';
import { journal as journalEs } from './es/journal';
import { report as reportEs } from './es/report';
import { letters as lettersEs } from './es/letters';
import { plan as planEs } from './es/plan';
import { resources as resourcesEs } from './es/resources';
import { settings as settingsEs } from './es/settings';
import { backup as backupEs } from './es/backup';
import { logging as loggingEs } from './es/logging';
import { imports as importsEs } from './es/imports';
import { addMessages } from './index';

export function registerFeatureMessages(): void {
  addMessages(
    { ...journalEn, ...reportEn, ...lettersEn, ...planEn, ...resourcesEn, ...settingsEn, ...backupEn, ...loggingEn, ...importsEn },
    { ...journalEs, ...reportEs, ...lettersEs, ...planEs, ...resourcesEs, ...settingsEs, ...backupEs, ...loggingEs, ...importsEs },
  );
}
