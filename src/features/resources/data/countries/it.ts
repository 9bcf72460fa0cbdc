// Italy. 1522 (violence and stalking) and its chat: 2+ (Nov 2023). 112: 2+.
import type { Country } from '../../model';
import { CALL_IN_DANGER, EMERGENCY_NAME, H24 } from './common';

const OPERATOR = 'https://www.1522.eu/';
const SOURCE = { site: 'tg24.sky.it', date: '2023-11-23' };

export const it: Country = {
  id: 'it',
  iso: 'IT',
  name: { en: 'Italy', es: 'Italia', fr: 'Italie', pt: 'Itália', ar: 'إيطاليا' },
  emergency: {
    id: 'it-112', kind: 'emergency', status: '2+',
    name: EMERGENCY_NAME, about: CALL_IN_DANGER,
    number: '112', display: '112', domesticOnly: true,
    hours: null, languages: null, free: null,
    source: { site: 'grossetonotizie.com', date: '2023-11' }, operator: 'https://www.interno.gov.it/',
  },
  lines: [
    {
      id: 'it-1522', kind: 'dv', status: '2+',
      name: { en: '1522 – violence and stalking helpline', es: '1522 – línea contra la violencia y el acoso', fr: '1522 – ligne contre les violences et le harcèlement', pt: '1522 – linha contra a violência e a perseguição', ar: '1522 – خط المساعدة ضد العنف والملاحقة' },
      about: { en: 'National line for violence against women and for stalking. Anonymous.', es: 'Línea nacional ante la violencia contra las mujeres y el acoso. Anónima.', fr: 'Ligne nationale pour les violences faites aux femmes et le harcèlement. Anonyme.', pt: 'Linha nacional para violência contra a mulher e perseguição. Anônima.', ar: 'خط وطني بشأن العنف ضد النساء والملاحقة. دون ذكر الاسم.' },
      number: '1522', display: '1522', domesticOnly: true,
      hours: H24,
      languages: {
        en: 'Italian, English, French, Spanish, Portuguese, Russian, Ukrainian, Polish, Arabic, Farsi, Albanian',
        es: 'Italiano, inglés, francés, español, portugués, ruso, ucraniano, polaco, árabe, persa, albanés',
        fr: 'Italien, anglais, français, espagnol, portugais, russe, ukrainien, polonais, arabe, persan, albanais',
        pt: 'Italiano, inglês, francês, espanhol, português, russo, ucraniano, polonês, árabe, persa, albanês',
        ar: 'الإيطالية، الإنجليزية، الفرنسية، الإسبانية، البرتغالية، الروسية، الأوكرانية، البولندية، العربية، الفارسية، الألبانية',
      },
      free: true, source: SOURCE, operator: OPERATOR,
    },
    {
      id: 'it-1522-chat', kind: 'chat', status: '2+',
      name: { en: '1522 chat', es: 'Chat del 1522', fr: '1522, discussion en ligne', pt: 'Chat do 1522', ar: 'محادثة 1522' },
      about: { en: 'Chat on their website or in the “1522” app.', es: 'Chat en su sitio web o en la app «1522».', fr: 'Discussion en ligne sur leur site ou dans l’app « 1522 ».', pt: 'Chat no site do serviço ou no app “1522”.', ar: 'محادثة على موقعهم أو في تطبيق «1522».' },
      chat: OPERATOR,
      hours: null, languages: null, free: null,
      source: SOURCE, operator: OPERATOR,
    },
  ],
  protectionOrder: { local: 'ordine di protezione contro gli abusi familiari', source: { site: 'ius.giuffrefl.it', date: '2024-07-01' } },
};
