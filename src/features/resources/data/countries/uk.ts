// United Kingdom. HELP-DATA.md Part A. Left out: the National Domestic Abuse Helpline 0808 2000 247
// (2+, but every source is 2019–2021: OLD); its chat and BSL service (OLD). The Stalking Helpline
// is not 24/7. 999 is 2+ but OLD (newest 2020): shown as the emergency number with that date.
import type { Country } from '../../model';
import { EMERGENCY_NAME } from './common';

export const uk: Country = {
  id: 'uk',
  iso: 'GB',
  name: { en: 'United Kingdom', es: 'Reino Unido', fr: 'Royaume-Uni', pt: 'Reino Unido', ar: 'المملكة المتحدة' },
  emergency: {
    id: 'uk-999', kind: 'emergency', status: '2+',
    name: EMERGENCY_NAME,
    about: {
      en: 'Call if you are in danger now. If you cannot speak on a mobile, press 55 when asked (the Silent Solution).',
      es: 'Llama si estás en peligro ahora. Si no puedes hablar desde un celular, marca 55 cuando te lo pidan (la «Silent Solution»).',
      fr: 'Appelez si vous êtes en danger maintenant. Si vous ne pouvez pas parler depuis un portable, tapez 55 quand on vous le demande (la Silent Solution).',
      pt: 'Ligue se você estiver em perigo agora. Se não puder falar pelo celular, aperte 55 quando pedirem (a “Silent Solution”).',
      ar: 'للاتصال عند الخطر الآن. إذا تعذّر الكلام من هاتف محمول، يُضغط 55 عند الطلب (خدمة Silent Solution).',
    },
    number: '999', display: '999', domesticOnly: true,
    hours: null, languages: null, free: null,
    source: { site: 'wingrutland.uk', date: '2020' },
    operator: 'https://www.police.uk/',
  },
  lines: [
    {
      id: 'uk-stalking', kind: 'stalking', status: '2+',
      name: { en: 'National Stalking Helpline (Suzy Lamplugh Trust)', es: 'Línea Nacional contra el Acoso (Suzy Lamplugh Trust)', fr: 'National Stalking Helpline (Suzy Lamplugh Trust)', pt: 'Linha nacional sobre perseguição (Suzy Lamplugh Trust)', ar: 'الخط الوطني لمساعدة ضحايا الملاحقة (Suzy Lamplugh Trust)' },
      about: {
        en: 'Practical advice for anyone being stalked, and for people supporting them. In London, press 2.',
        es: 'Consejos prácticos para quien sufre acoso y para quienes le dan apoyo. En Londres, marca 2.',
        fr: 'Conseils pratiques pour toute personne victime de harcèlement, et pour celles qui la soutiennent. À Londres, tapez 2.',
        pt: 'Orientação prática para quem sofre perseguição e para quem dá apoio. Em Londres, aperte 2.',
        ar: 'نصائح عملية لكل من يتعرّض للملاحقة، ولمن يدعمونه. في لندن، الضغط على 2.',
      },
      number: '+448088020300', display: '0808 802 0300', domesticOnly: true,
      hours: {
        en: 'Weekdays 09:30–16:00, Wednesdays 13:00–16:00; closed on bank holidays',
        es: 'Días laborables de 9:30 a 16:00, los miércoles de 13:00 a 16:00; cerrado los festivos',
        fr: 'En semaine de 9 h 30 à 16 h, le mercredi de 13 h à 16 h ; fermé les jours fériés',
        pt: 'Dias úteis das 9h30 às 16h, às quartas das 13h às 16h; fechado nos feriados',
        ar: 'أيام العمل 09:30–16:00، والأربعاء 13:00–16:00؛ مغلق في العطل الرسمية',
      },
      languages: null, free: null,
      source: { site: 'charitytoday.co.uk', date: '2024-02-22' },
      operator: 'https://www.suzylamplugh.org/',
    },
    {
      id: 'uk-paladin', kind: 'stalking', status: '2+',
      name: { en: 'Paladin National Stalking Advocacy Service', es: 'Paladin, servicio nacional de apoyo ante el acoso', fr: 'Paladin National Stalking Advocacy Service', pt: 'Paladin, serviço nacional de apoio a vítimas de perseguição', ar: 'Paladin، الخدمة الوطنية لمناصرة ضحايا الملاحقة' },
      about: { en: 'Advocates for people being stalked.', es: 'Defensoras y defensores para personas que sufren acoso.', fr: 'Accompagnement des personnes victimes de harcèlement.', pt: 'Apoio especializado para pessoas que sofrem perseguição.', ar: 'مناصِرون ومناصِرات للأشخاص الذين يتعرّضون للملاحقة.' },
      number: '+442038664107', display: '020 3866 4107',
      hours: null, languages: null, free: null,
      source: { site: 'schoolbeat.cymru', date: '2023-04-21' },
      operator: 'https://paladinservice.co.uk/',
    },
  ],
  protectionOrder: { local: 'non-molestation order', source: { site: 'lgbt.foundation', date: '2024-01' } },
};
