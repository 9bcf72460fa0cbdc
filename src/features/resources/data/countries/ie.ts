// Ireland. Women's Aid 24hr National Freephone Helpline: 2+ (extra.ie Jun 2023). Left out:
// languages (OLD), text and email (not found), Aoibhneas (SINGLE, OLD). 112/999: SINGLE, not shown.
import type { Country } from '../../model';
import { H24 } from './common';

export const ie: Country = {
  id: 'ie',
  iso: 'IE',
  name: { en: 'Ireland', es: 'Irlanda', fr: 'Irlande', pt: 'Irlanda', ar: 'أيرلندا' },
  lines: [
    {
      id: 'ie-womensaid', kind: 'dv', status: '2+',
      name: { en: 'Women’s Aid 24hr National Freephone Helpline', es: 'Línea nacional gratuita de Women’s Aid, 24 horas', fr: 'Women’s Aid 24hr National Freephone Helpline', pt: 'Linha nacional gratuita 24 horas da Women’s Aid', ar: 'خط Women’s Aid الوطني المجاني على مدار 24 ساعة' },
      about: { en: 'Support for women experiencing abuse.', es: 'Apoyo para mujeres que sufren maltrato.', fr: 'Soutien aux femmes victimes de violences.', pt: 'Apoio para mulheres que sofrem violência.', ar: 'دعم للنساء اللواتي يتعرّضن للإساءة.' },
      number: '+3531800341900', display: '1800 341 900', domesticOnly: true,
      hours: H24, languages: null, free: true,
      source: { site: 'extra.ie', date: '2023-06-20' }, operator: 'https://www.womensaid.ie/',
    },
  ],
  protectionOrder: { local: 'safety order / barring order', source: { site: 'citizensinformation.ie', date: null } },
};
