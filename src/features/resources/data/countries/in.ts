// India. Women Helpline 181 (2+, Dec 2024) and the National Commission for Women line (2+, 2021
// and Nov 2025). Left out: 14490 (one announcement, reprinted: SINGLE), WhatsApp 7217735372 (2020
// lockdown only), 112 (2+ but OLD: 2019; shown as the emergency number with that date).
import type { Country } from '../../model';
import { CALL_IN_DANGER, EMERGENCY_NAME, H24 } from './common';

export const india: Country = {
  id: 'in',
  iso: 'IN',
  name: { en: 'India', es: 'India', fr: 'Inde', pt: 'Índia', ar: 'الهند' },
  emergency: {
    id: 'in-112', kind: 'emergency', status: '2+',
    name: EMERGENCY_NAME, about: CALL_IN_DANGER,
    number: '112', display: '112', domesticOnly: true,
    hours: null, languages: null, free: null,
    source: { site: 'businesstoday.in', date: '2019-04-19' },
    operator: 'https://112.gov.in/',
  },
  lines: [
    {
      id: 'in-181', kind: 'dv', status: '2+',
      name: { en: 'Women Helpline 181', es: 'Línea de ayuda para mujeres 181', fr: 'Women Helpline 181', pt: 'Linha de apoio à mulher 181', ar: 'خط مساعدة النساء 181' },
      about: {
        en: 'Emergency and non-emergency help for women; refers you to police, One Stop Centres, hospitals and legal services. Not run in West Bengal.',
        es: 'Ayuda para mujeres, urgente o no; te deriva a la policía, a los One Stop Centres, a hospitales y a servicios legales. No funciona en Bengala Occidental.',
        fr: 'Aide aux femmes, urgente ou non ; vous oriente vers la police, les One Stop Centres, les hôpitaux et les services juridiques. Non disponible au Bengale-Occidental.',
        pt: 'Ajuda para mulheres, urgente ou não; encaminha à polícia, aos One Stop Centres, a hospitais e a serviços jurídicos. Não funciona em Bengala Ocidental.',
        ar: 'مساعدة للنساء في الطوارئ وغيرها؛ يحيلك إلى الشرطة ومراكز One Stop والمستشفيات والخدمات القانونية. لا يعمل في ولاية البنغال الغربية.',
      },
      number: '181', display: '181', domesticOnly: true,
      hours: H24, languages: null, free: true,
      source: { site: 'thehawk.in', date: '2024-12-11' }, operator: 'https://wcd.gov.in/',
    },
    {
      id: 'in-ncw', kind: 'dv', status: '2+',
      name: { en: 'National Commission for Women helpline', es: 'Línea de la Comisión Nacional de la Mujer', fr: 'Ligne de la National Commission for Women', pt: 'Linha da Comissão Nacional da Mulher', ar: 'خط مساعدة اللجنة الوطنية للمرأة' },
      about: { en: 'For women aged 18 and over; also takes complaints about stalking.', es: 'Para mujeres de 18 años o más; también recibe denuncias de acoso.', fr: 'Pour les femmes de 18 ans et plus ; reçoit aussi les plaintes pour harcèlement.', pt: 'Para mulheres a partir de 18 anos; também recebe denúncias de perseguição.', ar: 'للنساء من عمر 18 عامًا فما فوق؛ ويستقبل أيضًا الشكاوى بشأن الملاحقة.' },
      number: '+917827170170', display: '7827170170',
      hours: H24, languages: null, free: null,
      source: { site: 'nationpress.com', date: '2025-11-24' }, operator: 'https://ncw.nic.in/',
    },
  ],
  protectionOrder: { local: 'protection order', source: { site: 'advocatekhoj.com', date: null } },
};
