// Arabic: the disguise's own apps the duress passphrase opens (Notes, Weather). Plain app words only.
import type { apps as en } from '../en/apps';

export const apps: Record<keyof typeof en, string> = {
  'apps.notes.new': 'ملاحظة جديدة',
  'apps.notes.edit': 'تعديل الملاحظة',
  'apps.notes.note': 'ملاحظة',
  'apps.notes.save': 'حفظ',
  'apps.notes.cancel': 'إلغاء',
  'apps.notes.change': 'تعديل',
  'apps.notes.delete': 'حذف',
  'apps.notes.deleteAsk': 'حذف هذه الملاحظة؟',
  'apps.notes.keep': 'الإبقاء عليها',
  'apps.notes.deleted': 'حُذفت الملاحظة.',
  'apps.notes.saved': 'حُفظت الملاحظة.',
  'apps.notes.empty': 'المطلوب كتابة شيء أولًا، أو الإلغاء.',
  'apps.notes.photo': 'صورة',
  'apps.notes.failed': 'تعذّر حفظ الملاحظة. يُرجى المحاولة مجددًا.',
  'apps.weather.places': 'الأماكن',
  'apps.weather.add': 'إضافة مكان',
  'apps.weather.addButton': 'إضافة',
  'apps.weather.added': 'أُضيف {place}.',
  'apps.weather.missing': 'المطلوب اسم مدينة.',
  'apps.weather.remove': 'إزالة {place}',
  'apps.weather.removed': 'أُزيل {place}.',
  'apps.weather.failed': 'تعذّر حفظ المكان. يُرجى المحاولة مجددًا.',
};
