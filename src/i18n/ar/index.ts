// The Arabic catalog: one file per module, merged here.
//
// Modern Standard Arabic, plain (not legal or administrative prose), warm, as an advocate
// would write. Form of address, the same in every file: the person is addressed WITHOUT
// grammatical gender. Arabic imperatives and 2nd-person present verbs are gendered (اكتب /
// اكتبي, تكتب / تكتبين), so instructions and buttons use the verbal noun («حفظ»، «كتابة عبارة
// المرور»، «الأفضل تدوين…»), the passive («يُحفظ»، «ما يُكتب هنا») or «المطلوب …»; the
// possessive «ـك» and unvowelled past tense («شعرت»، «كتبته») read the same for a woman or a
// man and are used freely. Adjectives about the person are avoided. A gendered form is never
// the default. The person's ex is referred to through «الشخص» (a masculine noun in grammar),
// so pronouns that agree with it are masculine; letters the person sends speak in the first
// person and address the ex with verbal nouns («أطلب منك عدم التواصل معي»), never imperatives.
// Plurals give all six CLDR categories (zero, one, two, few, many, other). Digits: whatever
// the locale prints; messages never spell a number a plural form should carry.
//   app (the app itself) ............ التطبيق
//   journal / entry ................. اليوميات / تدوينة («تدوينة جديدة»)
//   record / log (the whole) ........ سجلّ («التحقق من السجلات»)
//   incident ........................ حادثة;  contact (an act of contact) ..... تواصل («مرات التواصل»)
//   notice (no-contact) ............. إشعار عدم التواصل («بعد الإشعار»)
//   passphrase ...................... عبارة المرور (never «كلمة المرور»: that is a browser's password)
//   duress passphrase ............... عبارة الطوارئ
//   backup .......................... نسخة احتياطية (never a bare «نسخة»: that is a version or a copy)
//   version (of an entry) ........... نسخة, in «النسخة {n}» and «النسخ المحفوظة»
//   lock / unlock ................... قفل / فتح القفل; lock screen: شاشة القفل
//   Quick exit ...................... الخروج السريع («خروج سريع» as the button, src/i18n/exit.ts)
//   evidence / exhibit .............. الأدلة / المستند {n} («قائمة المستندات»)
//   fingerprint (SHA-256) ........... البصمة
//   court packet .................... حزمة المحكمة
//   integrity ....................... سلامة البيانات (never «السلامة» alone: that reads as safety)
//   safety plan ..................... خطة الأمان; a part of it: جزء
//   settings (this app's) ........... الإعدادات
//   disguise / decoy ................ التمويه / الواجهة الوهمية; the disguises are named as an Arabic
//                                     phone names its own apps: الملاحظات، الطقس
//   template ........................ نموذج;  draft ........ مسودة
//   advocate / support person ....... مناصِرة (women's organisations' own word; «مناصِرة أو مناصِر» as a role)
//   lawyer .......................... محامٍ (محامية أو محامٍ as a role)
//   hotline ......................... خط مساعدة
//   police report ................... بلاغ («رقم البلاغ»)
//   protection order ................ أمر حماية
//   stalking ........................ ملاحقة
//   delete / remove / erase ......... حذف / إزالة / مسح (مسح: everything, «مسح كل البيانات»)
//   Enter key / Shift key ........... Enter / Shift (as printed on the keys)
//   «لم يتغيّر شيء.» ................ the one way to say nothing changed (also «لم يُحفظ شيء.»، «لم يُكتب شيء.»)
// Names that stay as they are: Daybook, the hotlines' own names, product names (WhatsApp in a
// channel's name is «واتساب»), legal texts that must keep their English wording (marked
// «(نص قانوني بالإنجليزية:)»), phone menus quoted as an Arabic-language phone shows them.
// No native-speaking advocate has reviewed this catalog yet.
import { core } from './core';
import { journal } from './journal';
import { report } from './report';
import { letters } from './letters';
import { plan } from './plan';
import { resources } from './resources';
import { settings } from './settings';
import { disguise } from './disguise';
import { leaves } from './leaves';
import { backup } from './backup';
import { strength } from './strength';
import { guard } from './guard';
import { apps } from './apps';
import { logging } from './logging';
import { imports } from './imports';
import { packet } from './packet';

export const catalog = { ...core, ...journal, ...report, ...letters, ...plan, ...resources, ...settings, ...disguise, ...leaves, ...backup, ...strength, ...guard, ...apps, ...logging, ...imports, ...packet };
