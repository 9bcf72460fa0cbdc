// Size budgets (bytes, not times): JavaScript before unlock and the whole offline precache.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.env.OUT_DIR ?? 'dist';
const INITIAL_JS_BUDGET = 40 * 1024;
// 300 KB until this release; raised to 330 KB when the court packet's screens, the disguise
// fronts, the sealed index and unlock report, and the passphrase screens' loaders arrived
// together (316 KB measured). The wasm alone is 126 KB of it. Raised to 360 KB when the working
// decoy apps behind the disguises, logging while locked and the records' fingerprint v2 arrived
// (350 KB measured, 2026-12-05): each is code the person needs offline, none loads before unlock.
// Raised to 380 KB when issue 26's help lines for 18 countries (each with its source, date and
// operator page) and issue 25's share target, inbox, backup extract and import recovery arrived
// together: all must work offline, none loads before unlock (370 KB measured on 2026-12-05, after
// the disguise's boot chunk took 0.8 KB off the first screen). Issue 23's zones, plurals by
// Intl.PluralRules and the packet's case label and declaration choice add ~4 KB; the packet's
// fonts, their ranges, the emoji names and its own messages are not in it (MEASURED KB).
const PRECACHE_BUDGET = 380 * 1024;
// Issue 13: the court packet's chunk (pdf-lib, fflate) loads only when a packet is made. It is
// precached so the packet works offline, and counted under its own budget, not the app's.
const PACKET_ENTRY = 'src/features/journal/packet/index.ts';
const PACKET_BUDGET = 200 * 1024;
// Issue 13b: the PDF's Unicode text (Cyrillic, Greek) needs fontkit (330 KB gzip, a third of it
// a WOFF2 dictionary that is never used here) and two font files (75 KB each). They load only
// when a packet is made, from the packet's own chunk, and are precached for offline use: counted
// here, beside the packet's budget, not in the app's.
const PACKET_FONTS_BUDGET = 500 * 1024;

interface Chunk { file: string; imports?: string[]; dynamicImports?: string[]; css?: string[]; assets?: string[] }
const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
const gz = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

/** A chunk and everything it imports statically. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
  return seen;
}

/** Each language's pre-unlock messages: their own chunk, the entry fetches only the chosen one (issue 26). */
const SHELL_CATALOG = /^src\/i18n\/(\w+)\/shell\.ts$/;
const shellCatalogs = () => Object.keys(manifest).filter((k) => SHELL_CATALOG.test(k));

/** The app shell: what the entry (the Quick exit layer) imports at run time, with its static imports.
 *  It is found from the entry, not by a module's name: the build puts start.tsx in a shared boot chunk. */
function appShell(): Set<string> {
  const shell = (manifest['index.html']?.dynamicImports ?? []).filter((k) => !SHELL_CATALOG.test(k));
  expect(shell).toHaveLength(1);
  return closure(shell[0]!);
}

/** The largest language's pre-unlock catalog: the worst case of the one the entry fetches. */
function chosenCatalog(): string[] {
  const sized = shellCatalogs().map((k) => [...closure(k)].map((c) => manifest[c]!.file).filter((f) => f.endsWith('.js')));
  return sized.sort((a, b) => b.reduce((n, f) => n + gz(f), 0) - a.reduce((n, f) => n + gz(f), 0))[0] ?? [];
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

describe('size budgets', () => {
  it(`loads at most ${INITIAL_JS_BUDGET / 1024} KB gzip of JavaScript before unlock (libsodium excluded: it loads in the worker)`, () => {
    // Before unlock: the entry, then the app shell it imports dynamically; features load after unlock.
    const keys = new Set([...closure('index.html'), ...appShell()]);
    const shell = [...keys].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
    // Plus the chosen language's catalog, at its largest: only that one loads before unlock.
    const catalog = chosenCatalog().filter((f) => !shell.includes(f));
    expect(catalog.length).toBeGreaterThan(0);
    const files = [...shell, ...catalog];
    const total = files.reduce((sum, f) => sum + gz(f), 0);
    console.log(`JS before unlock: ${(total / 1024).toFixed(1)} KB gzip (catalog ${(catalog.reduce((n, f) => n + gz(f), 0) / 1024).toFixed(1)} KB)`);
    expect(files.length).toBeGreaterThan(1);
    expect(total).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  });

  it(`precaches at most ${PRECACHE_BUDGET / 1024} KB gzip in all, libsodium once`, () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const files = [...walk(DIST)].map((p) => relative(DIST, p)).filter((f) => sw.includes(`"${f}"`) || sw.includes(`'${f}'`) || sw.includes(`url:"${f}"`));
    expect(files).toContain('index.html');
    expect(files.some((f) => f.endsWith('.webmanifest'))).toBe(true);
    const packet = manifest[PACKET_ENTRY]!.file;
    expect(files).toContain(packet);
    expect(gz(packet)).toBeLessThanOrEqual(PACKET_BUDGET);
    const entry = manifest[PACKET_ENTRY]!;
    // Issue 23: the Noto slices (Hebrew, Arabic, CJK, emoji), their ranges and the emoji names are
    // fetched only for text that needs them, from assets/extra/ (kept by the service worker once fetched).
    const woff = [...walk(join(DIST, 'assets'))].map((p) => relative(DIST, p)).filter((f) => f.endsWith('.woff'));
    expect(woff.length).toBeGreaterThan(100);
    for (const f of woff) {
      expect(f.startsWith('assets/extra/'), f).toBe(true);
      expect(files).not.toContain(f);
    }
    const fonts = [...(entry.dynamicImports ?? []).map((k) => manifest[k]!.file), ...(entry.assets ?? [])].filter((f) => !f.startsWith('assets/extra/'));
    expect(fonts.filter((f) => f.endsWith('.ttf'))).toHaveLength(2);
    for (const f of fonts) expect(files).toContain(f);
    expect(fonts.reduce((sum, f) => sum + gz(f), 0)).toBeLessThanOrEqual(PACKET_FONTS_BUDGET);
    const total = files.filter((f) => f !== packet && !fonts.includes(f)).reduce((sum, f) => sum + gz(f), 0);
    expect(total).toBeLessThanOrEqual(PRECACHE_BUDGET);
    // libsodium's wasm is embedded in one chunk, which must appear exactly once.
    const sodiumChunks = files.filter((f) => f.endsWith('.js') && readFileSync(join(DIST, f), 'utf8').includes('crypto_pwhash_argon2id'));
    expect(sodiumChunks).toHaveLength(1);
    // Its WebAssembly is served as one file (smaller than base64 inside the script).
    expect(files.filter((f) => f.endsWith('.wasm'))).toHaveLength(1);
  });

  // Issue 12: zxcvbn's dictionaries (~1.2 MB gzip) and the EFF word list are for two screens only.
  it('keeps the strength estimator and word list out of the first screen, its preloads and the precache', () => {
    const extra = Object.values(manifest).map((c) => c.file).filter((f) => f.startsWith('assets/extra/'));
    const estimator = extra.find((f) => readFileSync(join(DIST, f), 'utf8').includes('diceware-common'));
    const words = extra.find((f) => readFileSync(join(DIST, f), 'utf8').includes('zoology'));
    expect(estimator).toBeDefined();
    expect(words).toBeDefined();
    const firstScreen = new Set([...closure('index.html'), ...appShell()].map((k) => manifest[k]!.file));
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    for (const file of extra) {
      expect(firstScreen.has(file), file).toBe(false);
      expect(html.includes(file), file).toBe(false);
      expect(sw.includes(file), file).toBe(false);
    }
    // Nothing outside assets/extra/ carries them (no second copy in the main chunks).
    const others = [...walk(join(DIST, 'assets'))].filter((p) => p.endsWith('.js') && !relative(DIST, p).startsWith('assets/extra/'));
    expect(others.filter((p) => readFileSync(p, 'utf8').includes('diceware-common'))).toEqual([]);
  });
});
