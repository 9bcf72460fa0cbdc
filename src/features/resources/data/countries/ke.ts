// Kenya. National GBV helpline 1195: 2+ (Jan 2022, Oct 2024). Left out: USSD *483*306# (SINGLE);
// the emergency number (not found in the research).
import type { Country } from '../../model';
import { H24 } from './common';

export const ke: Country = {
  id: 'ke',
  iso: 'KE',
  name: { en: 'Kenya', es: 'Kenia', fr: 'Kenya', pt: 'Quênia', ar: 'كينيا' },
  lines: [
    {
      id: 'ke-1195', kind: 'dv', status: '2+',
      name: { en: 'National GBV Toll-Free Helpline 1195', es: 'Línea nacional gratuita contra la violencia de género 1195', fr: 'National GBV Toll-Free Helpline 1195', pt: 'Linha nacional gratuita contra a violência de gênero 1195', ar: 'خط المساعدة الوطني المجاني للعنف القائم على النوع الاجتماعي 1195' },
      about: {
        en: 'Counselling, and referral to police, medical care, legal aid and rescue centres.',
        es: 'Orientación, y derivación a la policía, atención médica, asistencia legal y centros de acogida.',
        fr: 'Écoute, et orientation vers la police, les soins médicaux, l’aide juridique et les centres d’accueil.',
        pt: 'Orientação, e encaminhamento à polícia, atendimento médico, assistência jurídica e centros de acolhimento.',
        ar: 'استشارة، وإحالة إلى الشرطة والرعاية الطبية والمساعدة القانونية ومراكز الإنقاذ.',
      },
      number: '1195', display: '1195', domesticOnly: true,
      hours: H24, languages: null, free: true,
      source: { site: 'futuremedianews.com.na', date: '2024-10-05' }, operator: 'https://hakenya.net/',
    },
  ],
  protectionOrder: { local: 'protection order', source: { site: 'new.kenyalaw.org', date: '2022-12-31' } },
};
