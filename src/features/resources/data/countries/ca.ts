// Canada: no national domestic-violence line (Justice Canada; 13 provincial and territorial lines
// funded instead). Left out: Assaulted Women's Helpline 1-866-863-0511 (Ontario; number seen only
// in third-party datasets), Alberta's Family Violence Info Line 310-1818 (CONFLICT: one source
// prints it as 403.310.1818, and the dial string itself is what is in doubt), VictimLink BC
// 1-800-563-0808 (sources undated or 2014: UNDATED/OLD). 9-1-1: Justice Canada's own page (official).
import type { Country } from '../../model';
import { CALL_IN_DANGER, EMERGENCY_NAME } from './common';

export const ca: Country = {
  id: 'ca',
  iso: 'CA',
  name: { en: 'Canada', es: 'Canadá', fr: 'Canada', pt: 'Canadá', ar: 'كندا' },
  emergency: {
    id: 'ca-911', kind: 'emergency', status: 'official',
    name: EMERGENCY_NAME, about: CALL_IN_DANGER,
    number: '911', display: '9-1-1', domesticOnly: true,
    hours: null, languages: null, free: null,
    source: { site: 'justice.gc.ca', date: '2023-02-15' },
    operator: 'https://www.justice.gc.ca/eng/cj-jp/fv-vf/help-aide.html',
  },
  lines: [],
  note: {
    en: 'Canada has no national domestic-violence line: help is provincial and territorial. No provincial line was confirmed by two recent sources yet, so none is shown. Call 9-1-1 in danger, or ask local victim services or a shelter.',
    es: 'Canadá no tiene una línea nacional contra la violencia doméstica: la ayuda es de cada provincia y territorio. Ninguna línea provincial está confirmada aún por dos fuentes recientes, así que no se muestra ninguna. En peligro, llama al 9-1-1, o pide ayuda a los servicios locales de atención a víctimas o a un refugio.',
    fr: 'Le Canada n’a pas de ligne nationale contre la violence conjugale : l’aide est provinciale et territoriale. Aucune ligne provinciale n’a encore été confirmée par deux sources récentes : aucune n’est donc affichée. En cas de danger, appelez le 9-1-1, ou adressez-vous aux services d’aide aux victimes ou à une maison d’hébergement de votre région.',
    pt: 'O Canadá não tem uma linha nacional sobre violência doméstica: a ajuda é de cada província e território. Nenhuma linha provincial foi confirmada ainda por duas fontes recentes, por isso nenhuma aparece. Em perigo, ligue 9-1-1, ou procure os serviços locais de atendimento a vítimas ou um abrigo.',
    ar: 'لا يوجد في كندا خط وطني للعنف الأسري: المساعدة على مستوى المقاطعات والأقاليم. لم يؤكّد مصدران حديثان أي خط في المقاطعات بعد، لذا لا يظهر أي منها. عند الخطر الاتصال بالرقم 9-1-1، أو السؤال لدى خدمات دعم الضحايا المحلية أو دار إيواء.',
  },
  protectionOrder: { local: 'peace bond', source: { site: 'justice.gc.ca', date: '2023-02-15' } },
};
