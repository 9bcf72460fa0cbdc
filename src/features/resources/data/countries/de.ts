// Germany. Hilfetelefon "Gewalt gegen Frauen" 116 016 and its chat: 2+ (Jun 2023). The old
// 08000 116 016 is superseded. 110: 2+, pages undated.
import type { Country } from '../../model';
import { H24 } from './common';

const OPERATOR = 'https://www.hilfetelefon.de/';
const LANGUAGES = { en: 'German, and interpreters for 18 languages (English, Polish, Russian, Ukrainian among them); sign language', es: 'Alemán, e intérpretes de 18 idiomas (entre ellos inglés, polaco, ruso y ucraniano); lengua de signos', ar: 'الألمانية، ومترجمون لـ18 لغة (منها الإنجليزية والبولندية والروسية والأوكرانية)؛ لغة الإشارة' };

export const de: Country = {
  id: 'de',
  iso: 'DE',
  name: { en: 'Germany', es: 'Alemania', ar: 'ألمانيا' },
  emergency: {
    id: 'de-110', kind: 'emergency', status: '2+',
    name: { en: 'Police (emergency)', es: 'Policía (emergencias)', ar: 'الشرطة (طوارئ)' },
    about: { en: 'Call if you are in danger now. Fire and ambulance: 112. Free from any phone.', es: 'Llama si estás en peligro ahora. Bomberos y ambulancia: 112. Gratis desde cualquier teléfono.', ar: 'للاتصال عند الخطر الآن. الإطفاء والإسعاف: 112. مجاني من أي هاتف.' },
    number: '110', display: '110', domesticOnly: true,
    hours: null, languages: null, free: true,
    source: { site: 'stern.de', date: null },
    operator: 'https://www.polizei.de/',
  },
  lines: [
    {
      id: 'de-hilfetelefon', kind: 'dv', status: '2+',
      name: { en: 'Hilfetelefon “Gewalt gegen Frauen”', es: 'Hilfetelefon «Gewalt gegen Frauen»', ar: 'خط Hilfetelefon لمساعدة النساء ضد العنف («Gewalt gegen Frauen»)' },
      about: { en: 'Federal helpline on violence against women, stalking included. Anonymous and confidential.', es: 'Línea federal ante la violencia contra las mujeres, también el acoso. Anónima y confidencial.', ar: 'خط مساعدة اتحادي بشأن العنف ضد النساء، بما فيه الملاحقة. دون ذكر الاسم وسرّي.' },
      number: '116016', display: '116 016', domesticOnly: true,
      hours: H24, languages: LANGUAGES, free: true,
      source: { site: 'der-paritaetische.de', date: '2023-06' }, operator: OPERATOR,
    },
    {
      id: 'de-hilfetelefon-chat', kind: 'chat', status: '2+',
      name: { en: 'Hilfetelefon chat and email', es: 'Chat y correo del Hilfetelefon', ar: 'محادثة Hilfetelefon وبريده الإلكتروني' },
      about: { en: 'Instant chat, chat by appointment and email on their website.', es: 'Chat inmediato, chat con cita y correo en su sitio web.', ar: 'محادثة فورية، ومحادثة بموعد، وبريد إلكتروني على موقعهم.' },
      chat: OPERATOR,
      hours: null, languages: null, free: null,
      source: { site: 'der-paritaetische.de', date: '2023-06' }, operator: OPERATOR,
    },
  ],
  protectionOrder: { local: 'Gewaltschutzgesetz: Kontakt- und Näherungsverbot', source: { site: 'eige.europa.eu', date: null } },
};
