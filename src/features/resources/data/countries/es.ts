// Spain. 016 and its WhatsApp: 2+ (2024–2025). 112: 2+. Left out: the 016 chat (no address in the
// research), the old 016-online@msssi.es.
import type { Country } from '../../model';
import { CALL_IN_DANGER, EMERGENCY_NAME, H24 } from './common';

const OPERATOR = 'https://violenciagenero.igualdad.gob.es/';

export const es: Country = {
  id: 'es',
  iso: 'ES',
  name: { en: 'Spain', es: 'España', fr: 'Espagne', pt: 'Espanha', ar: 'إسبانيا' },
  emergency: {
    id: 'es-112', kind: 'emergency', status: '2+',
    name: EMERGENCY_NAME, about: CALL_IN_DANGER,
    number: '112', display: '112', domesticOnly: true,
    hours: null, languages: null, free: null,
    source: { site: 'infobae.com', date: '2025-09-23' },
    operator: 'https://www.112.es/',
  },
  lines: [
    {
      id: 'es-016', kind: 'dv', status: '2+',
      name: { en: '016', es: '016', fr: '016', pt: '016', ar: '016' },
      about: {
        en: 'Information, legal advice and support for any violence against women. Does not appear on the phone bill. Not an emergency line: in danger call 112.',
        es: 'Información, asesoría legal y apoyo ante cualquier violencia contra las mujeres. No aparece en la factura del teléfono. No es una línea de emergencias: en peligro, llama al 112.',
        fr: 'Information, conseil juridique et soutien pour toute violence faite aux femmes. N’apparaît pas sur la facture. Ce n’est pas un numéro d’urgence : en cas de danger, appelez le 112.',
        pt: 'Informação, orientação jurídica e apoio para qualquer violência contra a mulher. Não aparece na conta do telefone. Não é uma linha de emergência: em perigo, ligue 112.',
        ar: 'معلومات واستشارة قانونية ودعم بشأن أي عنف ضد النساء. لا يظهر في فاتورة الهاتف. ليس خط طوارئ: عند الخطر الاتصال بالرقم 112.',
      },
      number: '016', display: '016', domesticOnly: true,
      hours: H24, languages: { en: '53 languages', es: '53 idiomas', fr: '53 langues', pt: '53 idiomas', ar: '53 لغة' }, free: true,
      source: { site: 'europapress.es', date: '2025-08-07' }, operator: OPERATOR,
    },
    {
      id: 'es-016-whatsapp', kind: 'text', status: '2+',
      name: { en: '016 on WhatsApp', es: '016 por WhatsApp', fr: '016 sur WhatsApp', pt: '016 no WhatsApp', ar: '016 على واتساب' },
      about: { en: 'Write to 016 on WhatsApp.', es: 'Escribe al 016 por WhatsApp.', fr: 'Écrivez au 016 sur WhatsApp.', pt: 'Escreva para o 016 no WhatsApp.', ar: 'المراسلة على 016 عبر واتساب.' },
      number: '+34600000016', display: '600 000 016', whatsapp: true,
      hours: null, languages: null, free: null,
      source: { site: 'europapress.es', date: '2025-08-07' }, operator: OPERATOR,
    },
  ],
  protectionOrder: { local: 'orden de protección', source: { site: 'abogadaviolenciadegenero.com', date: null } },
};
