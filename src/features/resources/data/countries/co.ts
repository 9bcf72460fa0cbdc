// Colombia. Left out: Línea 155 (every source before 2022: OLD). Shown: Bogotá's Línea Púrpura
// (2+, Feb 2026) by Línea 195 option 7 and WhatsApp; its 01 8000 number is left out because its
// international form is not sourced. 123: 2+.
import type { Country } from '../../model';
import { CALL_IN_DANGER, EMERGENCY_NAME, H24 } from './common';

const SOURCE = { site: 'radiosantafe.com', date: '2026-02-14' };
const OPERATOR = 'https://www.sdmujer.gov.co/';

export const co: Country = {
  id: 'co',
  iso: 'CO',
  name: { en: 'Colombia', es: 'Colombia', fr: 'Colombie', pt: 'Colômbia', ar: 'كولومبيا' },
  emergency: {
    id: 'co-123', kind: 'emergency', status: '2+',
    name: EMERGENCY_NAME, about: CALL_IN_DANGER,
    number: '123', display: '123', domesticOnly: true,
    hours: null, languages: null, free: null,
    source: SOURCE, operator: 'https://www.policia.gov.co/',
  },
  lines: [
    {
      id: 'co-purpura', kind: 'dv', status: '2+',
      name: { en: 'Línea Púrpura Distrital (Bogotá only)', es: 'Línea Púrpura Distrital (solo Bogotá)', fr: 'Línea Púrpura Distrital (Bogotá seulement)', pt: 'Línea Púrpura Distrital (só Bogotá)', ar: 'Línea Púrpura Distrital (بوغوتا فقط)' },
      about: { en: 'Bogotá: for women aged 18 and over. Dial 195, then option 7.', es: 'Bogotá: para mujeres de 18 años o más. Marca 195 y luego la opción 7.', fr: 'Bogotá : pour les femmes de 18 ans et plus. Composez le 195, puis l’option 7.', pt: 'Bogotá: para mulheres a partir de 18 anos. Disque 195 e depois a opção 7.', ar: 'بوغوتا: للنساء من عمر 18 عامًا فما فوق. الاتصال بالرقم 195، ثم اختيار 7.' },
      number: '195', display: '195', domesticOnly: true,
      hours: H24, languages: { en: 'Spanish; sign language by video', es: 'Español; lengua de señas por video', fr: 'Espagnol ; langue des signes par vidéo', pt: 'Espanhol; língua de sinais por vídeo', ar: 'الإسبانية؛ ولغة الإشارة بالفيديو' }, free: null,
      source: SOURCE, operator: OPERATOR,
    },
    {
      id: 'co-purpura-whatsapp', kind: 'text', status: '2+',
      name: { en: 'Línea Púrpura on WhatsApp (Bogotá only)', es: 'Línea Púrpura por WhatsApp (solo Bogotá)', fr: 'Línea Púrpura sur WhatsApp (Bogotá seulement)', pt: 'Línea Púrpura no WhatsApp (só Bogotá)', ar: 'Línea Púrpura على واتساب (بوغوتا فقط)' },
      about: { en: 'Write to the Línea Púrpura on WhatsApp.', es: 'Escribe a la Línea Púrpura por WhatsApp.', fr: 'Écrivez à la Línea Púrpura sur WhatsApp.', pt: 'Escreva para a Línea Púrpura no WhatsApp.', ar: 'المراسلة مع Línea Púrpura عبر واتساب.' },
      number: '+573007551846', display: '300 755 1846', whatsapp: true,
      hours: H24, languages: null, free: null,
      source: SOURCE, operator: OPERATOR,
    },
  ],
  note: {
    en: 'Colombia’s national Línea 155 is not shown: every source for it is older than 2022. Only Bogotá’s line was confirmed.',
    es: 'No se muestra la Línea 155 nacional de Colombia: todas sus fuentes son anteriores a 2022. Solo se confirmó la línea de Bogotá.',
    fr: 'La Línea 155 nationale de Colombie n’est pas affichée : toutes ses sources datent d’avant 2022. Seule la ligne de Bogotá a été confirmée.',
    pt: 'A Línea 155 nacional da Colômbia não aparece: todas as fontes sobre ela são anteriores a 2022. Só a linha de Bogotá foi confirmada.',
    ar: 'الخط الوطني في كولومبيا Línea 155 لا يظهر هنا: كل مصادره أقدم من 2022. لم يتأكّد إلا خط بوغوتا.',
  },
};
