// Australia. 1800RESPECT call, SMS and chat: 2+ (thedailyaus Jan 2024). "Free": not found.
// No national stalking line (confirmed absent, Oct 2024). 000: 2+, pages undated.
import type { Country } from '../../model';
import { EMERGENCY_NAME, H24 } from './common';

const SOURCE = { site: 'thedailyaus.com.au', date: '2024-01' };
const OPERATOR = 'https://www.1800respect.org.au/';

export const au: Country = {
  id: 'au',
  iso: 'AU',
  name: { en: 'Australia', es: 'Australia', fr: 'Australie', pt: 'Austrália', ar: 'أستراليا' },
  emergency: {
    id: 'au-000', kind: 'emergency', status: '2+',
    name: EMERGENCY_NAME, about: { en: 'Call if you are in danger now. An interpreter is available.', es: 'Llama si estás en peligro ahora. Hay intérprete.', fr: 'Appelez si vous êtes en danger maintenant. Un interprète est disponible.', pt: 'Ligue se você estiver em perigo agora. Há intérprete.', ar: 'للاتصال عند الخطر الآن. تتوفّر خدمة ترجمة فورية.' },
    number: '000', display: '000', domesticOnly: true,
    hours: null, languages: null, free: null,
    source: { site: 'salvationarmy.org.au', date: null },
    operator: 'https://www.1800respect.org.au/',
  },
  lines: [
    {
      id: 'au-1800respect', kind: 'dv', status: '2+',
      name: { en: '1800RESPECT', es: '1800RESPECT', fr: '1800RESPECT', pt: '1800RESPECT', ar: '1800RESPECT' },
      about: {
        en: 'National domestic, family and sexual violence counselling service. It also helps people being stalked.',
        es: 'Servicio nacional de orientación ante la violencia doméstica, familiar y sexual. También ayuda ante el acoso.',
        fr: 'Service national d’écoute pour les violences conjugales, familiales et sexuelles. Il aide aussi les personnes victimes de harcèlement.',
        pt: 'Serviço nacional de orientação sobre violência doméstica, familiar e sexual. Também ajuda pessoas que sofrem perseguição.',
        ar: 'خدمة وطنية للاستشارة بشأن العنف المنزلي والأسري والجنسي. وتساعد أيضًا من يتعرّضون للملاحقة.',
      },
      number: '+611800737732', display: '1800 737 732', domesticOnly: true,
      hours: H24, languages: { en: 'Interpreters for calls', es: 'Intérpretes para las llamadas', fr: 'Interprètes pour les appels', pt: 'Intérpretes para as ligações', ar: 'مترجمون للمكالمات' }, free: null,
      source: SOURCE, operator: OPERATOR,
    },
    {
      id: 'au-1800respect-sms', kind: 'text', status: '2+',
      name: { en: '1800RESPECT, by text', es: '1800RESPECT, por mensaje de texto', fr: '1800RESPECT, par SMS', pt: '1800RESPECT, por SMS', ar: '1800RESPECT، برسالة نصية' },
      about: { en: 'Text them at this number.', es: 'Escríbeles un mensaje de texto a este número.', fr: 'Envoyez-leur un SMS à ce numéro.', pt: 'Mande um SMS para este número.', ar: 'للمراسلة النصية على هذا الرقم.' },
      number: '+61458737732', display: '0458 737 732',
      hours: H24, languages: { en: 'English only', es: 'Solo en inglés', fr: 'Anglais seulement', pt: 'Só em inglês', ar: 'بالإنجليزية فقط' }, free: null,
      source: SOURCE, operator: OPERATOR,
    },
    {
      id: 'au-1800respect-chat', kind: 'chat', status: '2+',
      name: { en: '1800RESPECT, chat and video call', es: '1800RESPECT, chat y videollamada', fr: '1800RESPECT, discussion en ligne et appel vidéo', pt: '1800RESPECT, chat e videochamada', ar: '1800RESPECT، محادثة ومكالمة فيديو' },
      about: { en: 'Webchat on their website; video calls on weekdays 9–5.', es: 'Chat en su sitio web; videollamadas de lunes a viernes de 9 a 17.', fr: 'Discussion en ligne sur leur site ; appels vidéo en semaine, de 9 h à 17 h.', pt: 'Chat no site do serviço; videochamadas de segunda a sexta, das 9h às 17h.', ar: 'محادثة على موقعهم؛ ومكالمات فيديو في أيام العمل 9–5.' },
      chat: OPERATOR,
      hours: { en: 'Chat 24 hours, every day; video calls Monday to Friday 9–5', es: 'Chat las 24 horas, todos los días; videollamadas de lunes a viernes de 9 a 17', fr: 'Discussion en ligne 24 h sur 24, tous les jours ; appels vidéo du lundi au vendredi, de 9 h à 17 h', pt: 'Chat 24 horas, todos os dias; videochamadas de segunda a sexta, das 9h às 17h', ar: 'المحادثة على مدار 24 ساعة كل يوم؛ مكالمات الفيديو من الاثنين إلى الجمعة 9–5' },
      languages: null, free: null,
      source: { site: 'womensagenda.com.au', date: '2024' }, operator: OPERATOR,
    },
  ],
  protectionOrder: { local: 'domestic violence order (ADVO, DVO, FVIO, FVO or FVRO, by state)', source: { site: 'salvationarmy.org.au', date: null } },
};
