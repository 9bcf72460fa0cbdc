// Wording shared by the country files: hours, kinds of line and the emergency card.
import type { Localized } from '../../model';

export const H24: Localized = { en: '24 hours, every day', es: 'Las 24 horas, todos los días', fr: '24 h sur 24, tous les jours', pt: '24 horas, todos os dias', ar: 'على مدار 24 ساعة، كل يوم' };
export const EMERGENCY_NAME: Localized = { en: 'Emergency', es: 'Emergencias', fr: 'Urgences', pt: 'Emergência', ar: 'الطوارئ' };
export const CALL_IN_DANGER: Localized = { en: 'Call if you are in danger now.', es: 'Llama si estás en peligro ahora.', fr: 'Appelez si vous êtes en danger maintenant.', pt: 'Ligue se você estiver em perigo agora.', ar: 'للاتصال عند الخطر الآن.' };
