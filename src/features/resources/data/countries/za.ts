// South Africa. GBV Command Centre 0800 428 428: 2+ (Dec 2024, Dec 2025), voice only since the
// Dec 2024 relaunch. Left out: SMS 31531, USSD *120*7867#, Skype (CONFLICT / unverified).
import type { Country } from '../../model';
import { H24 } from './common';

export const za: Country = {
  id: 'za',
  iso: 'ZA',
  name: { en: 'South Africa', es: 'Sudáfrica', fr: 'Afrique du Sud', pt: 'África do Sul', ar: 'جنوب أفريقيا' },
  emergency: {
    id: 'za-10111', kind: 'emergency', status: '2+',
    name: { en: 'Police emergency (SAPS)', es: 'Emergencias de la policía (SAPS)', fr: 'Police, urgences (SAPS)', pt: 'Emergência da polícia (SAPS)', ar: 'طوارئ الشرطة (SAPS)' },
    about: { en: 'Call if you are in danger now. Free from landlines; normal rate from mobiles.', es: 'Llama si estás en peligro ahora. Gratis desde teléfonos fijos; tarifa normal desde celulares.', fr: 'Appelez si vous êtes en danger maintenant. Gratuit depuis un fixe ; tarif normal depuis un portable.', pt: 'Ligue se você estiver em perigo agora. Gratuito de telefone fixo; tarifa normal do celular.', ar: 'للاتصال عند الخطر الآن. مجاني من الهاتف الأرضي؛ وبالتعرفة العادية من الهاتف المحمول.' },
    number: '10111', display: '10111', domesticOnly: true,
    hours: null, languages: null, free: null,
    source: { site: 'mybroadband.co.za', date: '2024-11' },
    operator: 'https://www.saps.gov.za/services/cc_10111.php',
  },
  lines: [
    {
      id: 'za-gbvcc', kind: 'dv', status: '2+',
      name: { en: 'Gender-Based Violence Command Centre', es: 'Centro de atención a la violencia de género (GBVCC)', fr: 'Gender-Based Violence Command Centre', pt: 'Central de atendimento à violência de gênero (GBVCC)', ar: 'مركز قيادة مكافحة العنف القائم على النوع الاجتماعي' },
      about: { en: 'Social workers, by phone (calls only: text and USSD are not confirmed to work).', es: 'Trabajadoras sociales, por teléfono (solo llamadas: no está confirmado que funcionen los mensajes ni el USSD).', fr: 'Travailleurs sociaux, par téléphone (appels seulement : le SMS et l’USSD ne sont pas confirmés).', pt: 'Assistentes sociais, por telefone (só ligações: não está confirmado que SMS e USSD funcionem).', ar: 'أخصائيون اجتماعيون عبر الهاتف (مكالمات فقط: لم يتأكّد عمل الرسائل النصية وUSSD).' },
      number: '+27800428428', display: '0800 428 428', domesticOnly: true,
      hours: H24, languages: null, free: true,
      source: { site: 'themercury.co.za', date: '2025-12-23' }, operator: 'https://gbv.org.za/',
    },
  ],
  protectionOrder: { local: 'protection order', source: { site: 'gov.za', date: null } },
};
