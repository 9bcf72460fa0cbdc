// Serves the built app (dist/) on 127.0.0.1 with the security headers a static host should send.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.env.OUT_DIR ?? fileURLToPath(new URL('../dist/', import.meta.url)));
const port = Number(process.env.PORT ?? 4173);
const host = '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.json': 'application/json',
  '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml',
};

const headers = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // No Cross-Origin-Opener-Policy: with COOP same-origin, WebKit (every iPhone browser) hung
  // for good on Back after leaving the app for another site (issue 16; a plain page with only
  // that header hangs the same way). The app opens no popups, so COOP protected little.
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), interest-cohort=()',
  // frame-ancestors only works as a header, not in the page's meta tag.
  'Content-Security-Policy': "frame-ancestors 'none'",
};

/** mounts: extra URL prefixes served from other folders (the benchmarks use '/bench/'). */
export function startServer(listenPort = port, dir = root, mounts = {}) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${host}`);
      const gzipOk = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
      const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
      if (mount) return await sendFile(res, join(mounts[mount], path.slice(mount.length)), mounts[mount], gzipOk);
      if (path.endsWith('/')) path += 'index.html';
      let file = join(dir, path);
      // One URL for the whole app: unknown paths get the app shell, as the service worker does.
      if (!(await stat(file).catch(() => null))?.isFile()) file = join(dir, 'index.html');
      await sendFile(res, file, dir, gzipOk);
    } catch {
      res.writeHead(404, headers).end();
    }
  });
  return new Promise((resolvePromise) => server.listen(listenPort, host, () => resolvePromise(server)));
}

const gzipped = new Map();
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.webmanifest', '.json', '.svg', '.txt']);

async function sendFile(res, file, base, acceptsGzip) {
  if (!resolve(file).startsWith(resolve(base))) throw new Error('outside');
  let body = await readFile(file);
  const noCache = file.endsWith('sw.js') || file.endsWith('.html') || file.endsWith('.webmanifest');
  const compress = acceptsGzip && COMPRESSIBLE.has(extname(file));
  if (compress) {
    const key = `${file}:${body.length}`;
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
    body = gzipped.get(key);
  }
  res.writeHead(200, {
    ...headers,
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': noCache ? 'no-cache' : 'public, max-age=31536000, immutable',
    ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
  });
  res.end(body);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await startServer();
  console.log(`Daybook is being served at http://${host}:${port}/ (Ctrl+C to stop)`);
}
