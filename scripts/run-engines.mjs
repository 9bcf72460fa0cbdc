// Runs the cross-engine browser tests (after `vite build`): Firefox ESR and/or WebKitGTK.
// A missing engine fails loudly with the command that installs it; nothing is ever skipped.
// Usage: node scripts/run-engines.mjs [firefox|webkit ...]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ['firefox', 'webkit'];
const missing = [];
if (wanted.includes('firefox') && !process.env.FIREFOX_PATH && !['/usr/bin/firefox-esr', '/usr/bin/firefox'].some(existsSync)) missing.push('firefox-esr');
if (wanted.includes('webkit')) {
  const lib = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu'].find(existsSync);
  const mini = process.env.MINIBROWSER_PATH || (lib && readdirSync(lib).some((d) => d.startsWith('webkit2gtk-') && existsSync(`${lib}/${d}/MiniBrowser`)));
  if (!existsSync('/usr/bin/WebKitWebDriver') || !mini) missing.push('webkit2gtk-driver');
  if (!process.env.DISPLAY && !existsSync('/usr/bin/Xvfb')) missing.push('xvfb');
  // The streamed-video test plays WebM: GStreamer's matroska and vpx plugins.
  if (lib && !existsSync(`${lib}/gstreamer-1.0/libgstmatroska.so`)) missing.push('gstreamer1.0-plugins-good');
}
if (missing.length) {
  console.error(`Missing browser engines for the cross-engine tests. Install them: sudo apt-get install -y ${missing.join(' ')}`);
  process.exit(1);
}
const files = wanted.map((engine) => `tests/engines/${engine}.engine.ts`);
const started = Date.now();
const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.engines.config.ts', ...files], { stdio: 'inherit' });
console.log(`Engine tests (${wanted.join(', ')}): ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(result.status ?? 1);
