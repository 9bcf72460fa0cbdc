// Runs the browser tests (after scripts/build-e2e.mjs: dist/ and dist-pseudo/), failing loudly if no Chromium is installed.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
