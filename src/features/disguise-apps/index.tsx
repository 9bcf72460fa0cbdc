// The disguise's own app, opened by the duress passphrase under the Notes or Weather look instead
// of any Daybook screen. Loaded only then (or while such a front shows), never before unlock's budget.
import { addMessages, type Lang } from '../../i18n';
import { apps as appsEn } from '../../i18n/en/apps';
import { apps as appsEs } from '../../i18n/es/apps';
import { apps as appsFr } from '../../i18n/fr/apps';
import { apps as appsPt } from '../../i18n/pt/apps';
import { apps as appsAr } from '../../i18n/ar/apps';
import { NotesApp } from './NotesApp';
import { WeatherApp } from './WeatherApp';
import '../../ui/fronts/fronts.css';
import './apps.css';

const APPS: Record<Lang, Record<keyof typeof appsEn, string>> = { en: appsEn, es: appsEs, fr: appsFr, pt: appsPt, ar: appsAr };
addMessages(APPS);

export interface DisguiseAppProps { look: 'notes' | 'weather' }

export function DisguiseApp({ look }: DisguiseAppProps) {
  return look === 'notes' ? <NotesApp /> : <WeatherApp />;
}
