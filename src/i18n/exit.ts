// The few strings the exit module needs before the main catalog loads (kept tiny on purpose;
// the service worker also uses them to label the control in a page that runs no script).
import { asLang, type Lang } from './languages';
import { pseudoLocalize } from './pseudo';

interface ExitText { label: string; shiftOnce: string; shiftTwice: string; expired: string }

const text: Record<Lang, ExitText> = {
  en: {
    label: 'Quick exit',
    shiftOnce: 'Shift pressed once. Press Shift 2 more times to leave this page.',
    shiftTwice: 'Shift pressed twice. Press Shift once more to leave this page.',
    expired: 'Quick exit shortcut reset.',
  },
  es: {
    label: 'Salida rápida',
    shiftOnce: 'Mayúsculas pulsada una vez. Púlsala 2 veces más para salir de esta página.',
    shiftTwice: 'Mayúsculas pulsada dos veces. Púlsala una vez más para salir de esta página.',
    expired: 'Atajo de salida rápida reiniciado.',
  },
  fr: {
    label: 'Sortie rapide',
    shiftOnce: 'Touche Maj enfoncée une fois. Appuyez encore 2 fois sur Maj pour quitter cette page.',
    shiftTwice: 'Touche Maj enfoncée deux fois. Appuyez encore une fois sur Maj pour quitter cette page.',
    expired: 'Raccourci de sortie rapide réinitialisé.',
  },
  pt: {
    label: 'Saída rápida',
    shiftOnce: 'Shift apertado uma vez. Aperte Shift mais 2 vezes para sair desta página.',
    shiftTwice: 'Shift apertado duas vezes. Aperte Shift mais uma vez para sair desta página.',
    expired: 'Atalho da saída rápida reiniciado.',
  },
  ar: {
    label: 'خروج سريع',
    shiftOnce: 'ضُغط Shift مرة واحدة. الضغط عليه مرتين أخريين يغادر هذه الصفحة.',
    shiftTwice: 'ضُغط Shift مرتين. ضغطة واحدة أخرى تغادر هذه الصفحة.',
    expired: 'أُعيد ضبط اختصار الخروج السريع.',
  },
};

export type ExitTextKey = keyof ExitText;

export function exitText(lang: string, key: ExitTextKey): string {
  const value = text[asLang(lang) ?? 'en'][key];
  // The pseudo-locale build stretches these too: the Quick exit label is what most needs room.
  return import.meta.env.MODE === 'pseudo' ? pseudoLocalize(value) : value;
}
