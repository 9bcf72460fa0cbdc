// `npm test`: every check, in the order a failure is cheapest to see. Type checking, lint and the
// unit tests are each one process on one core, so they run side by side (CI has 25 minutes on two
// cores); the browser stages then run one after another, as each needs the machine. Prints each
// stage's time, and exits with the first failure's status after the stage it ran in.
import { spawn } from 'node:child_process';

/** Runs one npm script; side by side with others, its output is held and printed whole at its end. */
const run = (script, alone) => new Promise((resolve) => {
  const started = Date.now();
  const child = spawn('npm', ['run', '--silent', script], { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  const held = [];
  child.stdout?.on('data', (chunk) => held.push(chunk));
  child.stderr?.on('data', (chunk) => held.push(chunk));
  child.on('close', (code) => {
    if (!alone) process.stdout.write(`\n> ${script}\n${Buffer.concat(held).toString()}`);
    resolve({ script, code: code ?? 1, s: (Date.now() - started) / 1000 });
  });
});

const stages = [['typecheck', 'lint', 'test:unit'], ['test:e2e'], ['test:engines'], ['test:bench']];
const times = [];
let failed = null;
for (const stage of stages) {
  const results = await Promise.all(stage.map((script) => run(script, stage.length === 1)));
  times.push(...results);
  failed = results.find((r) => r.code !== 0) ?? null;
  if (failed) break;
}
console.log(`\nnpm test: ${times.map((r) => `${r.script} ${r.s.toFixed(0)} s${r.code ? ' (failed)' : ''}`).join(', ')}`);
process.exit(failed ? failed.code : 0);
