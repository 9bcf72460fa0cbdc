// `npm run bench`: runs every bench/*.bench.mjs against the built app and prints one JSON table.
// Usage: npm run bench [-- name ...]   (names filter, e.g. `npm run bench -- vault exit`)
import { readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { PASSPHRASE, findChromium, launch, startBenchServer } from './harness.mjs';

const only = process.argv.slice(2);
const files = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.bench.mjs')).sort();
const { server, baseURL, benchURL } = await startBenchServer();
const ctx = { baseURL, benchURL, passphrase: PASSPHRASE, launch };
const results = {};
for (const file of files) {
  const name = file.replace('.bench.mjs', '');
  if (only.length && !only.includes(name)) continue;
  process.stderr.write(`bench: ${name}…\n`);
  try {
    const mod = await import(new URL(file, import.meta.url).href);
    results[name] = await mod.default(ctx);
  } catch (error) {
    results[name] = { error: String(error?.stack ?? error) };
  }
}
server.close();
let chromiumVersion = 'unknown';
try {
  chromiumVersion = execFileSync(findChromium(), ['--version'], { encoding: 'utf8' }).trim();
} catch { /* reported as unknown */ }
console.log(JSON.stringify({
  date: new Date().toISOString(),
  machine: { cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, chromium: chromiumVersion },
  results,
}, null, 2));
