// Argentina. Línea 144: 2+ (Sep 2025). Left out: the WhatsApp 11-2771-6463 and email (to
// re-verify after the 2024–25 restructuring; international form not sourced), 911 (OLD, SINGLE).
import type { Country } from '../../model';
import { H24 } from './common';

export const ar: Country = {
  id: 'ar',
  iso: 'AR',
  name: { en: 'Argentina', es: 'Argentina', fr: 'Argentine', pt: 'Argentina', ar: 'الأرجنتين' },
  lines: [
    {
      id: 'ar-144', kind: 'dv', status: '2+',
      name: { en: 'Línea 144', es: 'Línea 144', fr: 'Línea 144', pt: 'Línea 144', ar: 'Línea 144' },
      about: {
        en: 'Nationwide; staff trained in law, psychology and social work. Not an emergency line.',
        es: 'En todo el país; personal formado en derecho, psicología y trabajo social. No es una línea de emergencias.',
        fr: 'Dans tout le pays ; équipe formée en droit, en psychologie et en travail social. Ce n’est pas un numéro d’urgence.',
        pt: 'Em todo o país; equipe formada em direito, psicologia e serviço social. Não é uma linha de emergência.',
        ar: 'في كل البلاد؛ العاملون فيه مدرَّبون في القانون وعلم النفس والعمل الاجتماعي. ليس خط طوارئ.',
      },
      number: '144', display: '144', domesticOnly: true,
      hours: H24, languages: { en: 'Spanish, sign language by video call, five Indigenous languages', es: 'Español, lengua de señas por videollamada, cinco lenguas indígenas', fr: 'Espagnol, langue des signes par appel vidéo, cinq langues autochtones', pt: 'Espanhol, língua de sinais por videochamada, cinco línguas indígenas', ar: 'الإسبانية، ولغة الإشارة بمكالمة فيديو، وخمس لغات من لغات الشعوب الأصلية' }, free: true,
      source: { site: 'cadena3.com', date: '2025-09-18' }, operator: 'https://www.argentina.gob.ar/',
    },
  ],
};
