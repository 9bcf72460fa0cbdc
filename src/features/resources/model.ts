// Help resources: the shape of the region data file, its validation, and the links it yields.
import { LANGS, type Lang } from '../../i18n/locale';
import { dialString, keypadDigits, smsHref, telHref, type NumberPlan } from './phone';

export type Localized = Record<Lang, string>;

export interface ResourceEntry {
  id: string;
  name: Localized;
  description: Localized;
  hours: Localized;
  languages: Localized;
  emergency: boolean;
  /** Published forms, kept for display; the hrefs below are what gets dialled. */
  phone?: { display: string; words?: string; href: string };
  sms?: { to: string; body?: string; href: string };
  tty?: { display: string; href: string };
  web?: string;
}

export interface Region extends NumberPlan {
  id: string;
  iso: string;
  name: Localized;
  emergency: { display: string; href: string };
  entries: ResourceEntry[];
}

export interface Validated {
  regions: Region[];
  /** One line per problem ("uk/uk-ndah: phone"); an entry with a problem is left out. */
  problems: string[];
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID = /^[a-z0-9-]{2,40}$/;
const SMS_BODY = /^[A-Za-z0-9 ]{1,40}$/;

function localized(value: unknown): Localized | null {
  if (!isObject(value)) return null;
  const out = {} as Localized;
  for (const lang of LANGS) {
    const text = value[lang];
    if (typeof text !== 'string' || !text.trim()) return null;
    out[lang] = text.trim();
  }
  return out;
}

/** Only https links to a real host: no credentials, no other schemes. */
export function isSafeWebLink(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password && url.href === value;
  } catch {
    return false;
  }
}

function entry(raw: unknown, plan: NumberPlan, fail: (field: string) => null): ResourceEntry | null {
  if (!isObject(raw) || typeof raw.id !== 'string' || !ID.test(raw.id)) return fail('id');
  const fields = { name: localized(raw.name), description: localized(raw.description), hours: localized(raw.hours), languages: localized(raw.languages) };
  for (const [key, value] of Object.entries(fields)) if (!value) return fail(key);
  const out: ResourceEntry = { id: raw.id, ...(fields as Record<keyof typeof fields, Localized>), emergency: raw.emergency === true };
  if (raw.phone !== undefined) {
    const dial = typeof raw.phone === 'string' ? dialString(raw.phone, plan) : null;
    if (!dial) return fail('phone');
    const words = raw.phoneWords;
    if (words !== undefined && (typeof words !== 'string' || keypadDigits(words) !== (raw.phone as string).replace(/\D/g, ''))) return fail('phoneWords');
    out.phone = { display: raw.phone as string, words: words as string | undefined, href: telHref(dial) };
  }
  if (raw.sms !== undefined) {
    const sms = raw.sms;
    const dial = isObject(sms) && typeof sms.to === 'string' ? dialString(sms.to, plan) : null;
    if (!dial || !isObject(sms) || (sms.body !== undefined && (typeof sms.body !== 'string' || !SMS_BODY.test(sms.body)))) return fail('sms');
    const body = sms.body as string | undefined;
    out.sms = { to: sms.to as string, body, href: smsHref(dial, body) };
  }
  if (raw.tty !== undefined) {
    const dial = typeof raw.tty === 'string' ? dialString(raw.tty, plan) : null;
    if (!dial) return fail('tty');
    out.tty = { display: raw.tty as string, href: telHref(dial) };
  }
  if (raw.web !== undefined) {
    if (!isSafeWebLink(raw.web)) return fail('web');
    out.web = raw.web;
  }
  if (!out.phone && !out.sms && !out.web) return fail('no way to reach');
  return out;
}

function region(raw: unknown, problems: string[]): Region | null {
  const where = isObject(raw) && typeof raw.id === 'string' ? raw.id : '?';
  const fail = (field: string): null => {
    problems.push(`${where}: ${field}`);
    return null;
  };
  if (!isObject(raw) || !ID.test(where)) return fail('id');
  const name = localized(raw.name);
  const digits = raw.nationalDigits;
  const plan: NumberPlan = {
    countryCode: String(raw.countryCode),
    trunkPrefix: typeof raw.trunkPrefix === 'string' ? raw.trunkPrefix : undefined,
    nationalDigits: Array.isArray(digits) ? [Number(digits[0]), Number(digits[1])] : [0, 0],
  };
  if (!name) return fail('name');
  if (typeof raw.iso !== 'string' || !/^[A-Z]{2}$/.test(raw.iso)) return fail('iso');
  if (!/^[1-9]\d{0,2}$/.test(plan.countryCode)) return fail('countryCode');
  if (!(plan.nationalDigits[0] >= 4 && plan.nationalDigits[0] <= plan.nationalDigits[1] && plan.nationalDigits[1] <= 14)) return fail('nationalDigits');
  const emergency = typeof raw.emergency === 'string' ? dialString(raw.emergency, plan) : null;
  if (!emergency) return fail('emergency');
  const entries: ResourceEntry[] = [];
  const seen = new Set<string>();
  for (const item of Array.isArray(raw.entries) ? raw.entries : []) {
    const id = isObject(item) ? String(item.id) : '?';
    const parsed = entry(item, plan, (field) => {
      problems.push(`${where}/${id}: ${field}`);
      return null;
    });
    if (parsed && seen.has(parsed.id)) problems.push(`${where}/${id}: duplicate id`);
    else if (parsed) {
      entries.push(parsed);
      seen.add(parsed.id);
    }
  }
  if (!entries.length) return fail('no entries');
  return { id: where, iso: raw.iso, name, ...plan, emergency: { display: raw.emergency as string, href: telHref(emergency) }, entries };
}

export function validateResources(data: unknown): Validated {
  const problems: string[] = [];
  const regions: Region[] = [];
  if (!isObject(data) || data.version !== 1 || !Array.isArray(data.regions)) return { regions, problems: ['file: version or regions'] };
  for (const raw of data.regions) {
    const parsed = region(raw, problems);
    if (parsed && regions.some((r) => r.id === parsed.id)) problems.push(`${parsed.id}: duplicate region`);
    else if (parsed) regions.push(parsed);
  }
  return { regions, problems };
}

/** The region for a browser's languages ("en-GB" -> the UK), else the first region. */
export function regionForLocales(regions: readonly Region[], tags: readonly string[]): Region | undefined {
  for (const tag of tags) {
    const subtag = tag.split('-').slice(1).find((part) => /^[A-Za-z]{2}$/.test(part))?.toUpperCase();
    const found = subtag && regions.find((r) => r.iso === subtag);
    if (found) return found;
  }
  return regions[0];
}

export function findRegion(regions: readonly Region[], id: string | undefined, tags: readonly string[]): Region | undefined {
  return regions.find((r) => r.id === id) ?? regionForLocales(regions, tags);
}
