// United States. HELP-DATA.md Part A: the Hotline's number and its START text agree (2+, OVC Jan 2022).
// Left out: TTY 1-800-787-3224 (SINGLE), "200+ languages" (SINGLE); loveisrespect and Safe Horizon
// are not in the research. 911 is the project's own spec (DOMAIN.md §5).
import type { Country } from '../../model';
import { CALL_IN_DANGER, EMERGENCY_NAME } from './common';

export const us: Country = {
  id: 'us',
  iso: 'US',
  name: { en: 'United States', es: 'Estados Unidos', fr: 'États-Unis', pt: 'Estados Unidos', ar: 'الولايات المتحدة' },
  emergency: {
    id: 'us-911', kind: 'emergency', status: 'spec',
    name: EMERGENCY_NAME, about: CALL_IN_DANGER,
    number: '911', display: '911', domesticOnly: true,
    hours: null, languages: null, free: null,
    source: { site: 'DOMAIN.md (Daybook)', date: null },
    operator: 'https://www.911.gov/',
  },
  lines: [
    {
      id: 'us-ndvh', kind: 'dv', status: '2+',
      name: { en: 'National Domestic Violence Hotline', es: 'Línea Nacional sobre la Violencia Doméstica', fr: 'National Domestic Violence Hotline', pt: 'Linha nacional sobre violência doméstica (National Domestic Violence Hotline)', ar: 'الخط الساخن الوطني للعنف الأسري' },
      about: {
        en: 'Support from trained advocates: safety planning, local shelters and programs.',
        es: 'Apoyo de consejeras capacitadas: plan de seguridad, refugios y programas locales.',
        fr: 'Soutien par des intervenantes formées : plan de sécurité, hébergements et services locaux.',
        pt: 'Apoio de profissionais treinados: plano de segurança, abrigos e programas locais.',
        ar: 'دعم من مناصِرات ومناصِرين مدرَّبين: خطة أمان، ودور إيواء وبرامج محلية.',
      },
      number: '+18007997233', display: '1-800-799-7233', domesticOnly: true,
      hours: null, languages: null, free: null,
      source: { site: 'ovc.ojp.gov', date: '2022-01-20' },
      operator: 'https://www.thehotline.org/',
    },
    {
      id: 'us-ndvh-text', kind: 'text', status: '2+',
      name: { en: 'National Domestic Violence Hotline, by text', es: 'Línea Nacional sobre la Violencia Doméstica, por mensaje de texto', fr: 'National Domestic Violence Hotline, par SMS', pt: 'Linha nacional sobre violência doméstica, por SMS', ar: 'الخط الساخن الوطني للعنف الأسري، برسالة نصية' },
      about: { en: 'Text START to 88788.', es: 'Envía START al 88788.', fr: 'Envoyez START par SMS au 88788.', pt: 'Envie START por SMS para 88788.', ar: 'إرسال START برسالة نصية إلى 88788.' },
      number: '88788', display: '88788', body: 'START', domesticOnly: true,
      hours: null, languages: null, free: null,
      source: { site: 'ovc.ojp.gov', date: '2022-01-20' },
      operator: 'https://www.thehotline.org/',
    },
  ],
  protectionOrder: { local: 'protection order', source: { site: 'DOMAIN.md (Daybook)', date: null } },
};
