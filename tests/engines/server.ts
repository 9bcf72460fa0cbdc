// The built app served as by `npm start`, on a port that survives a stop: stopping the server
// is how these engines go offline (neither WebKitGTK's WebDriver nor Firefox's BiDi can).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface AppServer {
  url: string;
  /** Stops answering (the origin is "offline"); open connections are dropped. */
  stop(): Promise<void>;
  /** Serves again on the same port (same origin, same storage). */
  start(): Promise<void>;
}

export async function serveApp(): Promise<AppServer> {
  const dir = resolve(process.env.OUT_DIR ?? 'dist');
  if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/ is missing: run \`npm run build\` first (npm test does it).`);
  const { startServer } = await import('../../scripts/serve.mjs');
  let server: Server | null = await startServer(0, dir);
  const port = (server!.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      const s = server;
      server = null;
      s?.closeAllConnections();
      await new Promise((done) => (s ? s.close(done) : done(undefined)));
    },
    async start() {
      if (!server) server = await startServer(port, dir);
    },
  };
}

/** A neutral site on another origin (another port): where a person was before, or goes next. */
export async function serveNeutral(): Promise<{ url: string; stop(): Promise<void> }> {
  const { createServer } = await import('node:http');
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Search</title><p>neutral start page</p>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    async stop() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}
