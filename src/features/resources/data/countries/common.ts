// Wording shared by the country files: hours, kinds of line and the emergency card.
import type { Localized } from '../../model';

export const H24: Localized = { en: '24 hours, every day', es: 'Las 24 horas, todos los días', ar: 'على مدار 24 ساعة، كل يوم' };
export const EMERGENCY_NAME: Localized = { en: 'Emergency', es: 'Emergencias', ar: 'الطوارئ' };
export const CALL_IN_DANGER: Localized = { en: 'Call if you are in danger now.', es: 'Llama si estás en peligro ahora.', ar: 'للاتصال عند الخطر الآن.' };
