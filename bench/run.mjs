// `npm run bench`: runs every bench/*.bench.mjs against the built app and prints one JSON table.
// Usage: npm run bench [-- name ...] [-- --smoke]   (names filter, e.g. `npm run bench -- vault exit`;
// --smoke: small sizes and one run each, to prove every bench still runs, each within
// BENCH_SMOKE_LIMIT_MS (default 3 minutes); exits 1 if any bench fails)
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { PASSPHRASE, findChromium, launch, sized, startBenchServer } from './harness.mjs';

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const only = args.filter((a) => !a.startsWith('--'));
// A smoke run must end: a bench stuck on a changed screen counts as failed rather than hanging CI.
const SMOKE_LIMIT_MS = Number(process.env.BENCH_SMOKE_LIMIT_MS ?? 180_000);
const files = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.bench.mjs')).sort();
const unknown = only.filter((name) => !files.includes(`${name}.bench.mjs`));
if (unknown.length) {
  process.stderr.write(`bench: no bench named ${unknown.join(', ')} (have: ${files.map((f) => f.replace('.bench.mjs', '')).join(', ')})\n`);
  process.exit(2);
}
const dir = process.env.OUT_DIR ?? 'dist';
if (!existsSync(`${dir}/index.html`) || !existsSync(`${dir}-bench/page.html`)) {
  process.stderr.write(`bench: build first (${dir}/ and ${dir}-bench/): npm run bench does both\n`);
  process.exit(2);
}
const { server, baseURL, benchURL } = await startBenchServer();
const ctx = { baseURL, benchURL, passphrase: PASSPHRASE, launch, smoke, sized: (full, small) => sized(smoke, full, small) };
const results = {};
const started = Date.now();
// The machine's load when the run starts: figures taken on a busy machine are not comparable.
const load1mAtStart = Math.round(os.loadavg()[0] * 100) / 100;
async function runOne(file) {
  const name = file.replace('.bench.mjs', '');
  process.stderr.write(`bench: ${name}…\n`);
  const t0 = Date.now();
  let timer;
  try {
    const mod = await import(new URL(file, import.meta.url).href);
    const limit = new Promise((_, reject) => {
      if (smoke) timer = setTimeout(() => reject(new Error(`did not finish within ${SMOKE_LIMIT_MS / 1000} s`)), SMOKE_LIMIT_MS);
    });
    results[name] = await Promise.race([mod.default(ctx), limit]);
  } catch (error) {
    results[name] = { error: String(error?.stack ?? error) };
  } finally {
    clearTimeout(timer);
  }
  const failed = 'error' in (results[name] ?? {});
  process.stderr.write(`bench: ${name} ${failed ? 'FAILED' : 'ran'} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}
const chosen = files.filter((file) => !only.length || only.includes(file.replace('.bench.mjs', '')));
// A real run times one bench at a time on a quiet machine. A smoke run only proves each bench
// still runs, so two go at once (each its own browser): it is part of `npm test`'s CI budget.
const lanes = smoke ? 2 : 1;
const queue = [...chosen];
await Promise.all(Array.from({ length: lanes }, async () => {
  for (let file = queue.shift(); file; file = queue.shift()) await runOne(file);
}));
server.close();
let chromiumVersion = 'unknown';
try {
  chromiumVersion = execFileSync(findChromium(), ['--version'], { encoding: 'utf8' }).trim();
} catch { /* reported as unknown */ }
console.log(JSON.stringify({
  date: new Date().toISOString(),
  ...(smoke ? { smoke: true, note: 'small sizes, one run each: proves the benches run; the timings mean nothing' } : {}),
  machine: { cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, chromium: chromiumVersion, load1mAtStart, load1mAtEnd: Math.round(os.loadavg()[0] * 100) / 100 },
  totalS: Math.round((Date.now() - started) / 100) / 10,
  results,
}, null, 2));
const broken = Object.keys(results).filter((name) => 'error' in (results[name] ?? {}));
if (broken.length) process.stderr.write(`bench: failed: ${broken.join(', ')}\n`);
// Exit at once: a bench that timed out may still hold a browser open.
process.exit(broken.length ? 1 : 0);
