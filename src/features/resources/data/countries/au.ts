// Australia. 1800RESPECT call, SMS and chat: 2+ (thedailyaus Jan 2024). "Free": not found.
// No national stalking line (confirmed absent, Oct 2024). 000: 2+, pages undated.
import type { Country } from '../../model';
import { EMERGENCY_NAME, H24 } from './common';

const SOURCE = { site: 'thedailyaus.com.au', date: '2024-01' };
const OPERATOR = 'https://www.1800respect.org.au/';

export const au: Country = {
  id: 'au',
  iso: 'AU',
  name: { en: 'Australia', es: 'Australia', ar: 'أستراليا' },
  emergency: {
    id: 'au-000', kind: 'emergency', status: '2+',
    name: EMERGENCY_NAME, about: { en: 'Call if you are in danger now. An interpreter is available.', es: 'Llama si estás en peligro ahora. Hay intérprete.', ar: 'للاتصال عند الخطر الآن. تتوفّر خدمة ترجمة فورية.' },
    number: '000', display: '000', domesticOnly: true,
    hours: null, languages: null, free: null,
    source: { site: 'salvationarmy.org.au', date: null },
    operator: 'https://www.1800respect.org.au/',
  },
  lines: [
    {
      id: 'au-1800respect', kind: 'dv', status: '2+',
      name: { en: '1800RESPECT', es: '1800RESPECT', ar: '1800RESPECT' },
      about: {
        en: 'National domestic, family and sexual violence counselling service. It also helps people being stalked.',
        es: 'Servicio nacional de orientación ante la violencia doméstica, familiar y sexual. También ayuda ante el acoso.',
        ar: 'خدمة وطنية للاستشارة بشأن العنف المنزلي والأسري والجنسي. وتساعد أيضًا من يتعرّضون للملاحقة.',
      },
      number: '+611800737732', display: '1800 737 732', domesticOnly: true,
      hours: H24, languages: { en: 'Interpreters for calls', es: 'Intérpretes para las llamadas', ar: 'مترجمون للمكالمات' }, free: null,
      source: SOURCE, operator: OPERATOR,
    },
    {
      id: 'au-1800respect-sms', kind: 'text', status: '2+',
      name: { en: '1800RESPECT, by text', es: '1800RESPECT, por mensaje de texto', ar: '1800RESPECT، برسالة نصية' },
      about: { en: 'Text them at this number.', es: 'Escríbeles un mensaje de texto a este número.', ar: 'للمراسلة النصية على هذا الرقم.' },
      number: '+61458737732', display: '0458 737 732',
      hours: H24, languages: { en: 'English only', es: 'Solo en inglés', ar: 'بالإنجليزية فقط' }, free: null,
      source: SOURCE, operator: OPERATOR,
    },
    {
      id: 'au-1800respect-chat', kind: 'chat', status: '2+',
      name: { en: '1800RESPECT, chat and video call', es: '1800RESPECT, chat y videollamada', ar: '1800RESPECT، محادثة ومكالمة فيديو' },
      about: { en: 'Webchat on their website; video calls on weekdays 9–5.', es: 'Chat en su sitio web; videollamadas de lunes a viernes de 9 a 17.', ar: 'محادثة على موقعهم؛ ومكالمات فيديو في أيام العمل 9–5.' },
      chat: OPERATOR,
      hours: { en: 'Chat 24 hours, every day; video calls Monday to Friday 9–5', es: 'Chat las 24 horas, todos los días; videollamadas de lunes a viernes de 9 a 17', ar: 'المحادثة على مدار 24 ساعة كل يوم؛ مكالمات الفيديو من الاثنين إلى الجمعة 9–5' },
      languages: null, free: null,
      source: { site: 'womensagenda.com.au', date: '2024' }, operator: OPERATOR,
    },
  ],
  protectionOrder: { local: 'domestic violence order (ADVO, DVO, FVIO, FVO or FVRO, by state)', source: { site: 'salvationarmy.org.au', date: null } },
};
