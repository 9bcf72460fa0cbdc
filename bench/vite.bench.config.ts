// Builds the bench-only page (bench/page.html) into <OUT_DIR>-bench/ (dist-bench/), served at /bench/ by the bench.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { sodiumWasmAsFile } from '../scripts/sodium-wasm-plugin.ts';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [preact()],
  build: {
    // Next to the app's build (OUT_DIR, default dist/), so parallel builds keep apart.
    outDir: fileURLToPath(new URL(`../${process.env.OUT_DIR ?? 'dist'}-bench`, import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: fileURLToPath(new URL('./page.html', import.meta.url)) },
  },
  worker: { format: 'es', plugins: () => [sodiumWasmAsFile()] },
});
