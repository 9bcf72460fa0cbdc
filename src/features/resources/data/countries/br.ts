// Brazil. Ligue 180: 2+ (Nov 2025). 190: 2+. Left out: the WhatsApp number (CONFLICT on its digits),
// the email and Libras video call (SINGLE), English and Spanish (CONFLICT: COP30 only?).
import type { Country } from '../../model';
import { H24 } from './common';

export const br: Country = {
  id: 'br',
  iso: 'BR',
  name: { en: 'Brazil', es: 'Brasil', fr: 'Brésil', pt: 'Brasil', ar: 'البرازيل' },
  emergency: {
    id: 'br-190', kind: 'emergency', status: '2+',
    name: { en: 'Military Police (emergency)', es: 'Policía Militar (emergencias)', fr: 'Police militaire (urgences)', pt: 'Polícia Militar (emergência)', ar: 'الشرطة العسكرية (طوارئ)' },
    about: { en: 'Call if you are in danger now.', es: 'Llama si estás en peligro ahora.', fr: 'Appelez si vous êtes en danger maintenant.', pt: 'Ligue se você estiver em perigo agora.', ar: 'للاتصال عند الخطر الآن.' },
    number: '190', display: '190', domesticOnly: true,
    hours: null, languages: null, free: null,
    source: { site: 'em.com.br', date: '2025-11-25' },
    operator: 'https://www.gov.br/mulheres/',
  },
  lines: [
    {
      id: 'br-180', kind: 'dv', status: '2+',
      name: { en: 'Ligue 180 – Central de Atendimento à Mulher', es: 'Ligue 180 – Central de Atendimento à Mulher', fr: 'Ligue 180 – Central de Atendimento à Mulher', pt: 'Ligue 180 – Central de Atendimento à Mulher', ar: 'Ligue 180 – مركز خدمة المرأة (Central de Atendimento à Mulher)' },
      about: { en: 'Confidential, can be anonymous, nationwide; all the staff are women.', es: 'Confidencial, puede ser anónima, en todo el país; todo el personal son mujeres.', fr: 'Confidentiel, anonyme si vous le souhaitez, dans tout le pays ; toute l’équipe est composée de femmes.', pt: 'Sigiloso, pode ser anônimo, em todo o país; o atendimento é feito só por mulheres.', ar: 'سرّي، ويمكن أن يكون دون ذكر الاسم، في كل البلاد؛ كل العاملات فيه نساء.' },
      number: '180', display: '180', domesticOnly: true,
      hours: H24, languages: null, free: true,
      source: { site: 'em.com.br', date: '2025-11-25' }, operator: 'https://www.gov.br/mulheres/',
    },
  ],
  protectionOrder: { local: 'medidas protetivas de urgência', source: { site: 'jus.com.br', date: null } },
};
