// Build: preact, neutral asset names, the PWA service worker and one manifest per disguise.
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { sodiumWasmAsFile } from './scripts/sodium-wasm-plugin.ts';
import { DISGUISES, manifestFor, manifestPath } from './src/exit/disguises.ts';

/** Emits manifest-<disguise>.webmanifest files; the service worker serves the chosen one. */
function disguiseManifests(): Plugin {
  return {
    name: 'disguise-manifests',
    generateBundle() {
      for (const d of DISGUISES) {
        const source = JSON.stringify(manifestFor(d), null, 2);
        this.emitFile({ type: 'asset', fileName: manifestPath(d.id), source });
        if (d.id === 'daybook') this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source });
      }
    },
  };
}

// Neutral names: nothing in the file list should say what the app is.
const neutralNames = {
  entryFileNames: 'assets/[hash].js',
  chunkFileNames: 'assets/[hash].js',
  assetFileNames: 'assets/[hash][extname]',
};

export default defineConfig({
  base: './',
  plugins: [
    preact(),
    disguiseManifests(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,png,webmanifest,wasm}'],
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
    rollupOptions: { output: neutralNames },
  },
  worker: { format: 'es', plugins: () => [sodiumWasmAsFile()], rollupOptions: { output: neutralNames } },
  server: { host: '127.0.0.1' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 30000,
  },
});
