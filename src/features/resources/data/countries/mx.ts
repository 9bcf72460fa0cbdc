// Mexico. Línea de las Mujeres 079, option 1: 2+ (2025–2026). Left out: Mexico City *765 (a
// city line, and not a plain number), Estado de México 800 108 40 53 (SINGLE).
import type { Country } from '../../model';
import { CALL_IN_DANGER, EMERGENCY_NAME, H24 } from './common';

export const mx: Country = {
  id: 'mx',
  iso: 'MX',
  name: { en: 'Mexico', es: 'México', fr: 'Mexique', pt: 'México', ar: 'المكسيك' },
  emergency: {
    id: 'mx-911', kind: 'emergency', status: '2+',
    name: EMERGENCY_NAME, about: CALL_IN_DANGER,
    number: '911', display: '911', domesticOnly: true,
    hours: null, languages: null, free: null,
    source: { site: 'hoychihuahua.com', date: '2024' },
    operator: 'https://www.gob.mx/mujeres',
  },
  lines: [
    {
      id: 'mx-079', kind: 'dv', status: '2+',
      name: { en: 'Línea de las Mujeres (079, option 1)', es: 'Línea de las Mujeres (079, opción 1)', fr: 'Línea de las Mujeres (079, option 1)', pt: 'Línea de las Mujeres (079, opção 1)', ar: 'Línea de las Mujeres (خط النساء: 079، الخيار 1)' },
      about: { en: 'Federal line: legal advice and emotional support. Dial 079, then press 1.', es: 'Línea federal: asesoría legal y apoyo emocional. Marca 079 y luego el 1.', fr: 'Ligne fédérale : conseil juridique et soutien psychologique. Composez le 079, puis le 1.', pt: 'Linha federal: orientação jurídica e apoio emocional. Disque 079 e depois aperte 1.', ar: 'خط اتحادي: استشارة قانونية ودعم نفسي. الاتصال بالرقم 079، ثم الضغط على 1.' },
      number: '079', display: '079', domesticOnly: true,
      hours: H24, languages: null, free: true,
      source: { site: 'infobae.com', date: '2026-02-25' }, operator: 'https://www.gob.mx/mujeres',
    },
  ],
  protectionOrder: { local: 'orden de protección', source: { site: 'mexico.justia.com', date: null } },
};
