// Builds what the browser tests serve: the app (dist/, as `npm start` serves it) and, only for the
// languages walk, the pseudo-locale build (dist-pseudo/: every message 30% longer and accented;
// never shipped). Both at once: each build waits on the disk as much as on the cores.
import { spawn } from 'node:child_process';

const builds = [
  ['vite', 'build'],
  ['vite', 'build', '--mode', 'pseudo', '--outDir', process.env.PSEUDO_OUT_DIR ?? 'dist-pseudo'],
];

const run = (args) => new Promise((resolve) => {
  const child = spawn('npx', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  child.on('close', (code) => resolve({ args, code, out }));
});

const started = Date.now();
const results = await Promise.all(builds.map(run));
for (const { args, code, out } of results) {
  // Each build's own output in one piece, not interleaved with the other's.
  process.stdout.write(`\n$ ${args.join(' ')}\n${out}`);
  if (code !== 0) console.error(`\n${args.join(' ')} failed (exit ${code})`);
}
console.log(`\nBoth builds in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
