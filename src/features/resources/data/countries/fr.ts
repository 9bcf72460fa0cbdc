// France. 3919: 2+ (tf1info Nov 2023), 24/7 since Aug 2021. Left out: its languages (CONFLICT),
// the deaf and hard-of-hearing access (SINGLE, OLD), 114 (SINGLE). 17: 2+ but OLD (2021), shown
// as the emergency number with that date.
import type { Country } from '../../model';
import { H24 } from './common';

export const fr: Country = {
  id: 'fr',
  iso: 'FR',
  name: { en: 'France', es: 'Francia', fr: 'France', pt: 'França', ar: 'فرنسا' },
  emergency: {
    id: 'fr-17', kind: 'emergency', status: '2+',
    name: { en: 'Police and gendarmerie (emergency)', es: 'Policía y gendarmería (emergencias)', fr: 'Police et gendarmerie (urgences)', pt: 'Polícia e gendarmaria (emergência)', ar: 'الشرطة والدرك (طوارئ)' },
    about: { en: 'Call if you are in danger now. From a mobile, 112 works too.', es: 'Llama si estás en peligro ahora. Desde un celular también funciona el 112.', fr: 'Appelez si vous êtes en danger maintenant. Depuis un portable, le 112 fonctionne aussi.', pt: 'Ligue se você estiver em perigo agora. Do celular, o 112 também funciona.', ar: 'للاتصال عند الخطر الآن. من الهاتف المحمول، يعمل الرقم 112 أيضًا.' },
    number: '17', display: '17', domesticOnly: true,
    hours: null, languages: null, free: null,
    source: { site: 'informations.handicap.fr', date: '2021' },
    operator: 'https://www.interieur.gouv.fr/',
  },
  lines: [
    {
      id: 'fr-3919', kind: 'dv', status: '2+',
      name: { en: '3919 – Violences Femmes Info', es: '3919 – Violences Femmes Info', fr: '3919 – Violences Femmes Info', pt: '3919 – Violences Femmes Info', ar: '3919 – Violences Femmes Info (معلومات عن العنف ضد النساء)' },
      about: {
        en: 'Anonymous; mainland France and the overseas departments; not shown on the phone bill. Not an emergency number.',
        es: 'Anónima; Francia continental y los departamentos de ultramar; no aparece en la factura. No es un número de emergencias.',
        fr: 'Anonyme ; en métropole et dans les départements d’outre-mer ; n’apparaît pas sur la facture. Ce n’est pas un numéro d’urgence.',
        pt: 'Anônima; França continental e departamentos ultramarinos; não aparece na conta do telefone. Não é um número de emergência.',
        ar: 'دون ذكر الاسم؛ في فرنسا القارية ومقاطعات ما وراء البحار؛ لا يظهر في فاتورة الهاتف. ليس رقم طوارئ.',
      },
      number: '3919', display: '3919', domesticOnly: true,
      hours: H24, languages: null, free: true,
      source: { site: 'tf1info.fr', date: '2023-11' }, operator: 'https://www.solidaritefemmes.org/appeler-le-3919',
    },
  ],
  protectionOrder: { local: 'ordonnance de protection', source: { site: 'dnm-avocat.com', date: null } },
};
