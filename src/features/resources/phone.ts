// Phone numbers as people write them, turned into tel:/sms: links that dial exactly that number.

/** International form: a plus, a country code that does not start with 0, at most 15 digits. */
export const E164 = /^\+[1-9]\d{7,14}$/;
/** Short codes and emergency numbers (911, 999, 116 123, 88788) are dialled as written. */
export const SHORT_CODE = /^\d{3,6}$/;

const DISPLAY = /^\+?[\d(][\d ().-]*$/;
const KEYPAD = '22233344455566677778889999';

export interface NumberPlan {
  countryCode: string;
  /** Prefix dialled before a national number inside the country ("0" in the UK, "1" in North America). */
  trunkPrefix?: string;
  /** Allowed length of the national number, without trunk prefix or country code. */
  nationalDigits: readonly [number, number];
}

/** The dial string for a published number ("1-800-799-7233", "0808 2000 247", "911"), or null. */
export function dialString(display: string, plan: NumberPlan): string | null {
  const text = display.trim();
  if (!DISPLAY.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  if (text.startsWith('+')) return E164.test(`+${digits}`) ? `+${digits}` : null;
  if (SHORT_CODE.test(digits)) return digits;
  // National numbers never begin with the trunk prefix (no area code starts with 1 or 0), so it can be dropped.
  const national = plan.trunkPrefix && digits.startsWith(plan.trunkPrefix) ? digits.slice(plan.trunkPrefix.length) : digits;
  const [min, max] = plan.nationalDigits;
  if (national.length < min || national.length > max || national.startsWith('0')) return null;
  const full = `+${plan.countryCode}${national}`;
  return E164.test(full) ? full : null;
}

/** Letters to keypad digits, so "1-800-799-SAFE" can be checked against "1-800-799-7233". */
export function keypadDigits(text: string): string {
  return [...text.toUpperCase()]
    .map((ch) => (ch >= 'A' && ch <= 'Z' ? KEYPAD[ch.charCodeAt(0) - 65] : ch))
    .join('')
    .replace(/\D/g, '');
}

/** A number someone typed for their own contact: loose on punctuation, strict on digits. */
export function userDialString(input: string): string | null {
  const text = input.trim();
  if (!DISPLAY.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return null;
  return text.startsWith('+') ? (E164.test(`+${digits}`) ? `+${digits}` : null) : digits;
}

export function telHref(dial: string): string {
  return `tel:${dial}`;
}

/** RFC 5724 form; Android and current iOS both fill the body from ?body=. */
export function smsHref(dial: string, body?: string): string {
  return body ? `sms:${dial}?body=${encodeURIComponent(body)}` : `sms:${dial}`;
}
