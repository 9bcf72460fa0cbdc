// Arabic: the settings module.
import type { settings as en } from '../en/settings';

export const settings: Record<keyof typeof en, string> = {
  'settings.title': 'الإعدادات',
  'settings.security': 'الأمان',
  'settings.change': 'تغيير عبارة المرور',
  'settings.current': 'عبارة المرور الحالية',
  'settings.newPass': 'عبارة المرور الجديدة',
  'settings.repeatPass': 'إعادة كتابة عبارة المرور الجديدة',
  'settings.changed': 'تغيّرت عبارة المرور. من الآن، العبارة الجديدة هي التي تفتح التطبيق.',
  'settings.changing': 'جارٍ تغيير عبارة المرور…',
  'settings.autolock': 'القفل التلقائي',
  'settings.idle': 'القفل بعد هذه المدة من عدم النشاط',
  'settings.idleOff': 'أبدًا',
  'settings.minutes': '{count, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتان} few {# دقائق} many {# دقيقة} other {# دقيقة}}',
  'settings.lockOnHide': 'القفل عند الانتقال إلى تطبيق أو تبويب آخر',
  'settings.storage': 'التخزين على هذا الجهاز',
  // Issue 12: a new key on change.
  'settings.rekeying': 'جارٍ إعادة تشفير كل شيء بمفتاح جديد: {percent}%',
  'settings.duressOff': 'أوقف هذا التغيير عبارة الطوارئ: يمكن ضبطها من جديد تحت «عبارة الطوارئ».',
  // ---- issue 15: the fronts' settings and the decoy's own notes (needed only after unlock) ----
  'disguise.notes.label': 'الملاحظات الظاهرة والتطبيق مقفل',
  'disguise.notes.hint': 'سطر فارغ بين كل ملاحظة وأخرى؛ السطر الأول من الملاحظة هو عنوانها. من دون أسطر فارغة، يكون كل سطر ملاحظة.',
  'disguise.notes.plain': 'هذه الملاحظات غير مشفّرة: يجب أن تظهر قبل فتح القفل، لذا يستطيع قراءتها كل من يمسك بهذا الجهاز. الأفضل كتابة أشياء لا ضرر منها فقط، مثل قائمة مشتريات.',
  'disguise.notes.save': 'حفظ الملاحظات',
  'disguise.notes.saved': 'تم الحفظ. تظهر هذه الملاحظات والتطبيق مقفل.',
  'disguise.place.label': 'المكان الظاهر في توقعات الطقس',
  'disguise.place.hint': 'أي بلدة أو مدينة. تُصنع التوقعات على هذا الجهاز من المكان والتاريخ: ليست توقعات حقيقية ولا تحتاج إلى إنترنت. المكان غير مشفّر، مثل التمويه.',
  'disguise.place.save': 'حفظ المكان',
  'disguise.place.saved': 'تم الحفظ. التوقعات تعرض الآن {place}.',
  'duress.decoy.notes': 'ملاحظات الواجهة الوهمية',
  'duress.decoy.notesHint': 'كل ملاحظة تصبح تدوينة في اليوميات الوهمية، مؤرّخة بيوم من الأسابيع الأخيرة (يُختار مرة ثم يبقى). سطر فارغ بين كل ملاحظة وأخرى. الأفضل كتابة أشياء عادية تخصّك: هذا ما سيراه من يجبرك على فتح التطبيق.',
  'duress.decoy.same': 'استخدام الملاحظات الظاهرة والتطبيق مقفل',
  'duress.decoy.photo': 'إضافة صورة عادية (اختياري)',
  'duress.decoy.photoRemove': 'إزالة الصورة',
  'duress.decoy.change': 'حفظ الواجهة الوهمية',
  'duress.decoy.changeHint': 'لتغيير الواجهة الوهمية: كتابة عبارة المرور وعبارة الطوارئ.',
  'duress.decoy.changed': 'حُفظت الواجهة الوهمية.',
  'duress.decoy.empty': 'المطلوب ملاحظة واحدة على الأقل للواجهة الوهمية.',
  'duress.decoy.title': 'الواجهة الوهمية',
  // Issue 12: when to change the passphrase.
  'settings.changeWhen': 'من المهم تغييرها إذا كان أحد قد يعرف عبارة المرور. التغيير يُنشئ مفتاحًا جديدًا ويشفّر كل شيء من جديد، فلا تستطيع نسخة قديمة من عبارة المرور، أو من مساحة تخزين هذا الجهاز، أن تفتح ما يُكتب بعد ذلك.',
  // issue 16: storage state in Settings
  'storage.use': 'يستخدم هذا التطبيق {used}، والمتاح له على هذا الجهاز {free}.',
  'storage.useUnknown': 'هذا المتصفح لا يوضّح حجم المساحة المستخدمة أو المتاحة. من المهم عمل نسخ احتياطية.',
  // issue 14: a grace for pickers, and the language here
  'settings.pickerGrace': 'عند اختيار صورة أو مشاركة ملف',
  'settings.pickerGraceHint': 'اختيار صورة، أو التقاطها بالكاميرا، أو مشاركة ملف يُخرج من التطبيق لحظة. يبقى التطبيق مفتوحًا طوال هذه المدة؛ أما الانتقال إلى تطبيق آخر في غير ذلك فيقفله كالمعتاد.',
  'settings.pickerGraceOff': 'القفل فورًا',
  'settings.seconds': '{n, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتان} few {# ثوانٍ} many {# ثانية} other {# ثانية}}',
};
