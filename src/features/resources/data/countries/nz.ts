// New Zealand. Women's Refuge crisis line and chat: 2+ (govt.nz about Feb 2023; 2shine Feb 2022).
// Left out: Are You OK 0800 456 450 and Shine 0508 744 633 (numbers agree, hours CONFLICT).
import type { Country } from '../../model';
import { EMERGENCY_NAME, H24 } from './common';

const OPERATOR = 'https://womensrefuge.org.nz/get-help';

export const nz: Country = {
  id: 'nz',
  iso: 'NZ',
  name: { en: 'New Zealand', es: 'Nueva Zelanda', fr: 'Nouvelle-Zélande', pt: 'Nova Zelândia', ar: 'نيوزيلندا' },
  emergency: {
    id: 'nz-111', kind: 'emergency', status: '2+',
    name: EMERGENCY_NAME,
    about: { en: 'Call if you are in danger now.', es: 'Llama si estás en peligro ahora.', fr: 'Appelez si vous êtes en danger maintenant.', pt: 'Ligue se você estiver em perigo agora.', ar: 'للاتصال عند الخطر الآن.' },
    number: '111', display: '111', domesticOnly: true,
    hours: null, languages: null, free: null,
    source: { site: 'govt.nz', date: '2023-02' },
    operator: 'https://www.police.govt.nz/',
  },
  lines: [
    {
      id: 'nz-refuge', kind: 'dv', status: '2+',
      name: { en: 'Women’s Refuge crisis line (0800 REFUGE)', es: 'Línea de crisis de Women’s Refuge (0800 REFUGE)', fr: 'Ligne de crise de Women’s Refuge (0800 REFUGE)', pt: 'Linha de crise da Women’s Refuge (0800 REFUGE)', ar: 'خط الأزمات لدى Women’s Refuge ‏(0800 REFUGE)' },
      about: { en: 'For women: puts you through to your local refuge.', es: 'Para mujeres: te comunica con el refugio de tu zona.', fr: 'Pour les femmes : vous met en relation avec le refuge le plus proche.', pt: 'Para mulheres: transfere a ligação para o abrigo da sua região.', ar: 'للنساء: يصلك بدار الإيواء القريبة منك.' },
      number: '+64800733843', display: '0800 733 843', domesticOnly: true,
      hours: H24, languages: null, free: true,
      source: { site: 'govt.nz', date: '2023-02' }, operator: OPERATOR,
    },
    {
      id: 'nz-refuge-chat', kind: 'chat', status: '2+',
      name: { en: 'Women’s Refuge live chat', es: 'Chat de Women’s Refuge', fr: 'Women’s Refuge, discussion en ligne', pt: 'Chat da Women’s Refuge', ar: 'محادثة مباشرة مع Women’s Refuge' },
      about: { en: 'Chat on their website.', es: 'Chat en su sitio web.', fr: 'Discussion en ligne sur leur site.', pt: 'Chat no site do serviço.', ar: 'محادثة على موقعهم.' },
      chat: OPERATOR,
      hours: null, languages: null, free: null,
      source: { site: 'govt.nz', date: '2023-02' }, operator: OPERATOR,
    },
  ],
  protectionOrder: { local: 'Protection Order', source: { site: 'communitylaw.org.nz', date: null } },
};
