// Starts the production server for the browser tests, and fails loudly without Chromium.
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findChromium } from './chromium';

let server: Server | undefined;

export default async function setup(project: TestProject) {
  findChromium(); // throws with install instructions
  const dir = process.env.OUT_DIR ?? 'dist';
  if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/ is missing: run \`npm run build\` first (npm test does it).`);
  const { startServer } = await import('../../scripts/serve.mjs');
  server = await startServer(0, resolve(dir));
  const { port } = server.address() as AddressInfo;
  project.provide('baseURL', `http://127.0.0.1:${port}/`);
  return async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
