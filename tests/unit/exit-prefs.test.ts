// The unencrypted prefs: what survives garbled storage, which exit destinations are accepted
// (and why others are refused), and that a change reaches listeners and the service worker.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addLockNote, checkExitUrl, DEFAULT_EXIT_URL, isSafeExitUrl, MAX_LOCK_NOTES, MAX_PLACE, normalizePrefs, onPrefsChange, readPrefs, SW_KEY, writePrefs,
} from '../../src/exit/prefs';

const APP = 'https://app.example.org';

describe('normalizePrefs', () => {
  it('falls back to neutral defaults for missing or garbled values', () => {
    const defaults = { disguise: 'daybook', exitUrl: DEFAULT_EXIT_URL, exitConfirmed: '', lang: null, lockNotes: [], notesTold: false, place: '' };
    expect(normalizePrefs(null)).toEqual(defaults);
    expect(normalizePrefs('nonsense')).toEqual(defaults);
    expect(normalizePrefs({ disguise: 'casino', exitUrl: 'javascript:alert(1)', lang: 'xx' })).toEqual(defaults);
  });

  it('by default chooses no site: Quick exit stays on the app\'s own neutral page', () => {
    expect(DEFAULT_EXIT_URL).toBe('');
    // Prefs written before issue 14 hold the old default, which nobody chose: it means none.
    expect(normalizePrefs({ exitUrl: 'https://weather.com/' }).exitUrl).toBe('');
    // A site the person typed (even the same host with a path) is kept.
    expect(normalizePrefs({ exitUrl: 'https://weather.com/today' }).exitUrl).toBe('https://weather.com/today');
  });

  it('keeps valid values', () => {
    const notes = [{ title: 'Dentist', body: 'Tuesday at 3\nbring the card' }];
    expect(normalizePrefs({ disguise: 'notes', exitUrl: 'https://www.bbc.com/news', lang: 'es', lockNotes: { v: 2, notes }, notesTold: true, place: ' Lyon ' }))
      .toEqual({ disguise: 'notes', exitUrl: 'https://www.bbc.com/news', exitConfirmed: '', lang: 'es', lockNotes: notes, notesTold: true, place: 'Lyon' });
    // Confirmed only for the very address that was confirmed; a changed address is not.
    expect(normalizePrefs({ exitUrl: 'https://www.bbc.com/news', exitConfirmed: 'https://www.bbc.com/news' }).exitConfirmed).toBe('https://www.bbc.com/news');
    expect(normalizePrefs({ exitUrl: 'https://evil.example/', exitConfirmed: 'https://www.bbc.com/news' }).exitConfirmed).toBe('');
  });

  it('keeps the fronts\' texts small and of the right type', () => {
    const big = normalizePrefs({ lockNotes: 'x'.repeat(20_000), place: 'y'.repeat(500) });
    expect([big.lockNotes[0]!.title.length, big.place.length]).toEqual([MAX_LOCK_NOTES, MAX_PLACE]);
    // A stored list past the limits was not written by this app: what fits is kept, in order.
    const many = normalizePrefs({ lockNotes: { v: 2, notes: Array.from({ length: 60 }, (_, i) => ({ title: `n${i}`, body: '' })) } });
    expect(many.lockNotes.map((n) => n.title)).toEqual(Array.from({ length: 50 }, (_, i) => `n${i}`));
    expect(normalizePrefs({ lockNotes: 42, place: ['Lyon'] })).toMatchObject({ lockNotes: [], place: '' });
    expect(normalizePrefs({ lockNotes: { v: 2, notes: [null, { title: 7 }, { title: 'ok', body: 3 }] } }).lockNotes).toEqual([{ title: 'ok', body: '' }]);
  });
});

describe('exit destination', () => {
  it('accepts https pages, adding https:// when the scheme is left out', () => {
    expect(checkExitUrl(' https://www.bbc.com/news ', APP)).toEqual({ url: 'https://www.bbc.com/news' });
    expect(checkExitUrl('weather.com', APP)).toEqual({ url: 'https://weather.com/' });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['http://weather.com/', 'notHttps'],
    ['javascript:alert(1)', 'notHttps'],
    ['data:text/html,hi', 'notHttps'],
    ['ftp://files.example.com', 'notHttps'],
    ['weather', 'invalid'],
    ['https://exa mple.com', 'invalid'],
    ['https://user:secret@weather.com/', 'invalid'],
    [`${APP}/`, 'sameSite'],
    ['app.example.org:8443/other', 'sameSite'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(checkExitUrl(input, APP)).toEqual({ problem });
  });

  it('reads only https URLs without credentials as safe', () => {
    expect(isSafeExitUrl('https://weather.com/')).toBe(true);
    expect(isSafeExitUrl('http://weather.com/')).toBe(false);
    expect(isSafeExitUrl('https://a:b@weather.com/')).toBe(false);
    expect(isSafeExitUrl(`https://weather.com/${'x'.repeat(2000)}`)).toBe(false);
    expect(isSafeExitUrl(42)).toBe(false);
  });
});

describe('writePrefs', () => {
  const store = new Map<string, string>();
  const cache = new Map<string, string>();

  beforeEach(() => {
    store.clear();
    cache.clear();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    });
    vi.stubGlobal('caches', {
      open: async () => ({
        match: async (k: string) => (cache.has(k) ? new Response(cache.get(k)) : undefined),
        put: async (k: string, r: Response) => void cache.set(k, await r.text()),
      }),
      delete: async () => true,
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('stores the change, tells listeners and copies it for the service worker', async () => {
    const seen: string[] = [];
    const stop = onPrefsChange((p) => seen.push(p.disguise));
    const next = await writePrefs({ disguise: 'weather' });
    stop();
    expect(next.disguise).toBe('weather');
    expect(readPrefs()).toEqual(next);
    expect(seen).toEqual(['weather']);
    expect(normalizePrefs(JSON.parse(cache.get(SW_KEY)!))).toEqual(next);
  });

  it('opens the notes an older version stored as text, exactly as it read them, and writes them back as a list', async () => {
    // What the app stored before issue 21: the Settings field's text itself.
    store.set('prefs', JSON.stringify({ disguise: 'notes', exitUrl: '', lang: 'en', lockNotes: 'Shopping\nmilk, eggs\n\nBook club\nThursday at 7', place: '' }));
    expect(readPrefs().lockNotes).toEqual([{ title: 'Shopping', body: 'milk, eggs' }, { title: 'Book club', body: 'Thursday at 7' }]);
    store.set('prefs', JSON.stringify({ disguise: 'notes', lockNotes: 'milk\neggs\nbread' }));
    expect(readPrefs().lockNotes.map((n) => n.title)).toEqual(['milk', 'eggs', 'bread']);
    // "New note" on the locked front: the old notes and the new one, each whole, in the versioned list.
    await addLockNote({ title: 'Dentist', body: 'Tuesday at 3\nbring the card' });
    expect(JSON.parse(store.get('prefs')!).lockNotes).toEqual({ v: 2, notes: [
      { title: 'milk', body: '' }, { title: 'eggs', body: '' }, { title: 'bread', body: '' }, { title: 'Dentist', body: 'Tuesday at 3\nbring the card' },
    ] });
    expect(readPrefs()).toMatchObject({ notesTold: true, lockNotes: [{ title: 'milk' }, { title: 'eggs' }, { title: 'bread' }, { title: 'Dentist', body: 'Tuesday at 3\nbring the card' }] });
  });

  it('a single note with lines of its own stays one note (the reverted attempt read it back as one note per line)', async () => {
    await addLockNote({ title: 'Dentist', body: 'Tuesday at 3' });
    expect(readPrefs().lockNotes).toEqual([{ title: 'Dentist', body: 'Tuesday at 3' }]);
    // And it survives any other change to the prefs.
    await writePrefs({ disguise: 'weather' });
    expect(readPrefs().lockNotes).toEqual([{ title: 'Dentist', body: 'Tuesday at 3' }]);
  });

  it('refuses a new note whole, changing nothing, when the notes are full or storage will not take it', async () => {
    await addLockNote({ title: 'Long', body: 'x'.repeat(MAX_LOCK_NOTES - 10) });
    const before = store.get('prefs');
    await expect(addLockNote({ title: 'One more', body: 'y'.repeat(20) })).rejects.toMatchObject({ code: 'notes-full' });
    expect(store.get('prefs')).toBe(before);
    store.clear();
    vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } });
    await expect(addLockNote({ title: 'Milk', body: '' })).rejects.toMatchObject({ code: 'notes-full' });
  });

  it('refuses an unsafe destination and changes nothing', async () => {
    await writePrefs({ exitUrl: 'https://www.bbc.com/news' });
    await expect(writePrefs({ exitUrl: 'http://insecure.example/' })).rejects.toThrow('exit-url');
    expect(readPrefs().exitUrl).toBe('https://www.bbc.com/news');
  });

  it('reads defaults when storage is garbled or blocked', () => {
    store.set('prefs', '{not json');
    expect(readPrefs().disguise).toBe('daybook');
    vi.stubGlobal('localStorage', { getItem: () => { throw new Error('blocked'); } });
    expect(readPrefs().exitUrl).toBe(DEFAULT_EXIT_URL);
  });
});
