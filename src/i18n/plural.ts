// Plural forms by the platform's rules (Intl.PluralRules): a catalog keeps one message per
// category it needs ("x.one", "x.other"; Arabic will add "zero", "two", "few", "many"), and the
// count is shown in the language's number format.
import { formatNumber, getLang, isMessageKey, t, type MessageKey, type Params } from './index';

const rules = new Map<string, Intl.PluralRules>();

export function pluralCategory(lang: string, n: number): Intl.LDMLPluralRule {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return rule.select(n);
}

/**
 * The message `${base}.${category}` for n (falling back to `${base}.other`), with {count} set to
 * n formatted for the language. Extra params pass through.
 */
export function plural(base: string, n: number, params: Params = {}): string {
  const exact = `${base}.${pluralCategory(getLang(), n)}`;
  const key = (isMessageKey(exact) ? exact : `${base}.other`) as MessageKey;
  return t(key, { ...params, count: formatNumber(n) });
}
