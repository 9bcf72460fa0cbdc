// The only settings kept unencrypted: disguise, exit destination, language, and what a disguise's
// front shows while locked (the Notes front's notes, the Weather front's place). They must be
// readable before unlock (the lock screen wears the disguise, the exit works while locked) and
// are harmless by design: the settings screen says plainly that anyone may read them.
import { disguiseById, type DisguiseId } from './disguises';
import { asLang, type Lang } from '../i18n/languages';
import { notesFit, readNotes, storedNotes, MAX_NOTES_TEXT, type FrontNote } from './front-notes';

/** No site chosen: Quick exit stays on the app's own neutral page (instant, works offline). */
export const DEFAULT_EXIT_URL = '';
/** Until issue 14 the default was this site; nobody chose it, so it means "no site chosen". */
const OLD_DEFAULT_EXIT_URL = 'https://weather.com/';
/** The precached neutral page Quick exit always lands on first (it moves on to a chosen site). */
export const NEUTRAL_PAGE = 'weather.html';

export interface Prefs {
  disguise: DisguiseId;
  /** The public site the person chose, opened once it answers; '' for none. */
  exitUrl: string;
  /**
   * exitUrl again, once the person confirmed it with her passphrase; '' until then. Quick exit's
   * neutral page moves on only to a confirmed site: a destination set before the passphrase was
   * asked for (or written by anyone but the app) is a way to learn where and when she fled.
   */
  exitConfirmed: string;
  lang: Lang | null;
  /** The Notes front's notes (stored as { v: 2, notes }; older prefs hold the Settings text: see front-notes.ts). */
  lockNotes: FrontNote[];
  /** The front's "New note" has said once that these notes are not locked. */
  notesTold: boolean;
  /** The Weather front's place name. */
  place: string;
  /** "Log a contact" on the Daybook lock screen (issue 24): on unless the owner turned it off (false). */
  logLocked?: false;
}

/** Kept small: prefs are read synchronously on every start, before anything else. */
export const MAX_LOCK_NOTES = MAX_NOTES_TEXT;
export const MAX_PLACE = 80;

const KEY = 'prefs';
/** Cache Storage copy for the service worker, which cannot read localStorage. */
export const SW_CACHE = 'prefs';
export const SW_KEY = 'prefs.json';

const listeners = new Set<(prefs: Prefs) => void>();

/** The stored form: the notes as a versioned list, so each keeps its lines. */
const storedForm = (prefs: Prefs) => JSON.stringify({ ...prefs, lockNotes: storedNotes(prefs.lockNotes) });

/** Any stored shape (possibly garbled or from an older version) to valid prefs. */
export function normalizePrefs(raw: unknown): Prefs {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Prefs, unknown>>;
  const exitUrl = isSafeExitUrl(r.exitUrl) && r.exitUrl !== OLD_DEFAULT_EXIT_URL ? r.exitUrl : DEFAULT_EXIT_URL;
  return {
    disguise: disguiseById(typeof r.disguise === 'string' ? r.disguise : null).id,
    exitUrl,
    exitConfirmed: exitUrl && r.exitConfirmed === exitUrl ? exitUrl : '',
    lang: asLang(r.lang),
    lockNotes: readNotes(r.lockNotes),
    notesTold: r.notesTold === true,
    place: typeof r.place === 'string' ? r.place.trim().slice(0, MAX_PLACE) : '',
    ...(r.logLocked === false ? { logLocked: false as const } : {}),
  };
}

export function readPrefs(): Prefs {
  try {
    return normalizePrefs(JSON.parse(localStorage.getItem(KEY) ?? '{}'));
  } catch {
    // Storage blocked or garbled: fall back to defaults rather than fail before the exit works.
    return normalizePrefs(null);
  }
}

export function isSafeExitUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > 2000) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

export type ExitUrlProblem = 'empty' | 'invalid' | 'notHttps' | 'sameSite';

/**
 * What a person typed as the exit destination, as a URL or the reason it cannot be one.
 * "bbc.com/news" is accepted as https://bbc.com/news; http:, other schemes, passwords in the
 * address and this app's own address are refused (the last would just reopen the app).
 */
export function checkExitUrl(input: string, appOrigin: string): { url: string } | { problem: ExitUrlProblem } {
  const text = input.trim();
  if (!text) return { problem: 'empty' };
  // "site.org:8080/x" has no scheme; "javascript:…" or "http://…" does (and is refused below).
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^(javascript|data|vbscript|file|blob|about|mailto|tel):/i.test(text);
  const withScheme = hasScheme ? text : `https://${text}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    return { problem: 'invalid' };
  }
  if (parsed.protocol !== 'https:') return { problem: 'notHttps' };
  if (!parsed.hostname.includes('.') || /\s/.test(text) || !isSafeExitUrl(parsed.href)) return { problem: 'invalid' };
  if (parsed.hostname === new URL(appOrigin).hostname) return { problem: 'sameSite' };
  return { url: parsed.href };
}

/** A destination kept but never confirmed with the passphrase (set before it was asked for). */
export const unconfirmedExit = (prefs: Prefs): string => (prefs.exitUrl && prefs.exitConfirmed !== prefs.exitUrl ? prefs.exitUrl : '');

/** Called after every change (the app re-renders its disguise name; exit/ re-dresses the page). */
export function onPrefsChange(listener: (prefs: Prefs) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function writePrefs(change: Partial<Prefs>): Promise<Prefs> {
  const next = normalizePrefs({ ...readPrefs(), ...change });
  if (change.exitUrl !== undefined && change.exitUrl !== OLD_DEFAULT_EXIT_URL && next.exitUrl !== change.exitUrl) throw new Error('exit-url');
  try {
    localStorage.setItem(KEY, storedForm(next));
  } catch {
    // Private modes may refuse storage; the choice then lasts for this visit only.
  }
  return announce(next);
}

async function announce(next: Prefs): Promise<Prefs> {
  for (const listener of listeners) listener(next);
  await tellServiceWorker(next);
  return next;
}

/**
 * The locked Notes front's "New note": kept with the front's notes, or refused whole (code
 * 'notes-full') when they are at their limits or storage will not take it. Never cut short.
 */
export async function addLockNote(note: FrontNote): Promise<Prefs> {
  const now = readPrefs();
  const notes = [...now.lockNotes, note];
  const full = () => Object.assign(new Error('notes-full'), { code: 'notes-full' });
  if (!notesFit(notes)) throw full();
  const next: Prefs = { ...now, lockNotes: notes, notesTold: true };
  try {
    localStorage.setItem(KEY, storedForm(next));
  } catch {
    throw full();
  }
  return announce(next);
}

/** The service worker dresses the page and serves the manifest from this copy. */
export async function tellServiceWorker(prefs: Prefs): Promise<void> {
  if (!('caches' in globalThis)) return;
  try {
    const cache = await caches.open(SW_CACHE);
    const body = storedForm(prefs);
    const stored = await cache.match(SW_KEY);
    if (stored && (await stored.text()) === body) return;
    await cache.put(SW_KEY, new Response(body, { headers: { 'Content-Type': 'application/json' } }));
  } catch {
    // Without Cache Storage the page still dresses itself once its script runs.
  }
}

export function clearPrefs(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* nothing stored */
  }
  for (const listener of listeners) listener(normalizePrefs(null));
  if ('caches' in globalThis) void caches.delete(SW_CACHE).catch(() => undefined);
}
