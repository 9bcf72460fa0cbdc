// Philippines: no single national domestic-violence line (2+). The 911 hotline takes VAWC calls
// since Dec 2021 (2+, to Mar 2026). Left out: the PNP "Aleng Pulis" line 0919-777-7377 (its
// sources are undated or 2020), 0966-725-5961 (SINGLE).
import type { Country } from '../../model';
import { EMERGENCY_NAME } from './common';

export const ph: Country = {
  id: 'ph',
  iso: 'PH',
  name: { en: 'Philippines', es: 'Filipinas', fr: 'Philippines', pt: 'Filipinas', ar: 'الفلبين' },
  emergency: {
    id: 'ph-911', kind: 'emergency', status: '2+',
    name: EMERGENCY_NAME,
    about: { en: 'Call if you are in danger now. 911 also takes calls about violence against women and children.', es: 'Llama si estás en peligro ahora. El 911 también atiende llamadas por violencia contra mujeres y niños.', fr: 'Appelez si vous êtes en danger maintenant. Le 911 prend aussi les appels pour violences faites aux femmes et aux enfants.', pt: 'Ligue se você estiver em perigo agora. O 911 também atende ligações sobre violência contra mulheres e crianças.', ar: 'للاتصال عند الخطر الآن. الرقم 911 يستقبل أيضًا البلاغات عن العنف ضد النساء والأطفال.' },
    number: '911', display: '911', domesticOnly: true,
    hours: null, languages: null, free: true,
    source: { site: 'mb.com.ph', date: '2026-03-02' },
    operator: 'https://www.dswd.gov.ph/',
  },
  lines: [],
  note: {
    en: 'The Philippines has no single national domestic-violence line: 911, the police Women and Children Protection Desks and barangay VAW desks take these calls.',
    es: 'Filipinas no tiene una única línea nacional contra la violencia doméstica: atienden estos casos el 911, los puestos de protección de mujeres y niños de la policía y los puestos VAW de cada barangay.',
    fr: 'Les Philippines n’ont pas de ligne nationale unique contre la violence conjugale : le 911, les Women and Children Protection Desks de la police et les VAW desks des barangays prennent ces appels.',
    pt: 'As Filipinas não têm uma linha nacional única sobre violência doméstica: atendem esses casos o 911, os balcões de proteção à mulher e à criança da polícia e os balcões VAW de cada barangay.',
    ar: 'لا يوجد في الفلبين خط وطني واحد للعنف الأسري: يستقبل هذه المكالمات الرقم 911، ومكاتب الشرطة لحماية النساء والأطفال، ومكاتب VAW في الأحياء (barangay).',
  },
  protectionOrder: { local: 'Barangay Protection Order (BPO)', source: { site: 'angkaalaman.com', date: '2025-06-02' } },
};
