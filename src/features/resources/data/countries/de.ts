// Germany. Hilfetelefon "Gewalt gegen Frauen" 116 016 and its chat: 2+ (Jun 2023). The old
// 08000 116 016 is superseded. 110: 2+, pages undated.
import type { Country } from '../../model';
import { H24 } from './common';

const OPERATOR = 'https://www.hilfetelefon.de/';
const LANGUAGES = { en: 'German, and interpreters for 18 languages (English, Polish, Russian, Ukrainian among them); sign language', es: 'Alemán, e intérpretes de 18 idiomas (entre ellos inglés, polaco, ruso y ucraniano); lengua de signos', fr: 'Allemand, et interprètes pour 18 langues (dont l’anglais, le polonais, le russe et l’ukrainien) ; langue des signes', pt: 'Alemão, e intérpretes de 18 idiomas (entre eles inglês, polonês, russo e ucraniano); língua de sinais', ar: 'الألمانية، ومترجمون لـ18 لغة (منها الإنجليزية والبولندية والروسية والأوكرانية)؛ لغة الإشارة' };

export const de: Country = {
  id: 'de',
  iso: 'DE',
  name: { en: 'Germany', es: 'Alemania', fr: 'Allemagne', pt: 'Alemanha', ar: 'ألمانيا' },
  emergency: {
    id: 'de-110', kind: 'emergency', status: '2+',
    name: { en: 'Police (emergency)', es: 'Policía (emergencias)', fr: 'Police (urgences)', pt: 'Polícia (emergência)', ar: 'الشرطة (طوارئ)' },
    about: { en: 'Call if you are in danger now. Fire and ambulance: 112. Free from any phone.', es: 'Llama si estás en peligro ahora. Bomberos y ambulancia: 112. Gratis desde cualquier teléfono.', fr: 'Appelez si vous êtes en danger maintenant. Pompiers et ambulance : 112. Gratuit depuis tout téléphone.', pt: 'Ligue se você estiver em perigo agora. Bombeiros e ambulância: 112. Gratuito de qualquer telefone.', ar: 'للاتصال عند الخطر الآن. الإطفاء والإسعاف: 112. مجاني من أي هاتف.' },
    number: '110', display: '110', domesticOnly: true,
    hours: null, languages: null, free: true,
    source: { site: 'stern.de', date: null },
    operator: 'https://www.polizei.de/',
  },
  lines: [
    {
      id: 'de-hilfetelefon', kind: 'dv', status: '2+',
      name: { en: 'Hilfetelefon “Gewalt gegen Frauen”', es: 'Hilfetelefon «Gewalt gegen Frauen»', fr: 'Hilfetelefon « Gewalt gegen Frauen »', pt: 'Hilfetelefon “Gewalt gegen Frauen”', ar: 'خط Hilfetelefon لمساعدة النساء ضد العنف («Gewalt gegen Frauen»)' },
      about: { en: 'Federal helpline on violence against women, stalking included. Anonymous and confidential.', es: 'Línea federal ante la violencia contra las mujeres, también el acoso. Anónima y confidencial.', fr: 'Ligne fédérale d’écoute sur les violences faites aux femmes, harcèlement compris. Anonyme et confidentielle.', pt: 'Linha federal sobre violência contra a mulher, incluindo perseguição. Anônima e sigilosa.', ar: 'خط مساعدة اتحادي بشأن العنف ضد النساء، بما فيه الملاحقة. دون ذكر الاسم وسرّي.' },
      number: '116016', display: '116 016', domesticOnly: true,
      hours: H24, languages: LANGUAGES, free: true,
      source: { site: 'der-paritaetische.de', date: '2023-06' }, operator: OPERATOR,
    },
    {
      id: 'de-hilfetelefon-chat', kind: 'chat', status: '2+',
      name: { en: 'Hilfetelefon chat and email', es: 'Chat y correo del Hilfetelefon', fr: 'Hilfetelefon, discussion en ligne et e-mail', pt: 'Chat e e-mail do Hilfetelefon', ar: 'محادثة Hilfetelefon وبريده الإلكتروني' },
      about: { en: 'Instant chat, chat by appointment and email on their website.', es: 'Chat inmediato, chat con cita y correo en su sitio web.', fr: 'Discussion en ligne immédiate, discussion sur rendez-vous et e-mail sur leur site.', pt: 'Chat na hora, chat com horário marcado e e-mail no site do serviço.', ar: 'محادثة فورية، ومحادثة بموعد، وبريد إلكتروني على موقعهم.' },
      chat: OPERATOR,
      hours: null, languages: null, free: null,
      source: { site: 'der-paritaetische.de', date: '2023-06' }, operator: OPERATOR,
    },
  ],
  protectionOrder: { local: 'Gewaltschutzgesetz: Kontakt- und Näherungsverbot', source: { site: 'eige.europa.eu', date: null } },
};
