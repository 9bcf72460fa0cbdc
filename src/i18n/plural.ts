// Plural forms by the platform's rules (Intl.PluralRules): a message has one key per category it
// needs ({ one, other }; Arabic will add zero, two, few, many), and the count is shown in the
// language's number format.
import { formatNumber, getLang, t, type MessageKey, type Params } from './index';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, MessageKey>> & { other: MessageKey };

const rules = new Map<string, Intl.PluralRules>();

export function pluralCategory(lang: string, n: number): Intl.LDMLPluralRule {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return rule.select(n);
}

/** The form for n in the current language (else `other`), with {count} set to n formatted for it. */
export function plural(n: number, forms: PluralForms, params: Params = {}): string {
  return t(forms[pluralCategory(getLang(), n)] ?? forms.other, { ...params, count: formatNumber(n) });
}
