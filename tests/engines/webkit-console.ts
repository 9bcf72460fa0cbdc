// WebKit's own console (CSP parse errors, refused loads), which WebDriver cannot read: MiniBrowser
// run directly, writing console messages to its output, until the app has asked for a marker URL.
import { spawn } from 'node:child_process';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { WebKitHost } from './webkit';

export interface ConsoleRun {
  /** Console lines WebKit wrote while loading the app. */
  lines: string[];
  /** Paths the page and its workers requested, in order. */
  requests: string[];
}

/** A pass-through to the app server that records each path (the marker that the app has booted). */
function recordingProxy(target: URL, requests: string[], onRequest: () => void) {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    requests.push(req.url ?? '');
    onRequest();
    const upstream = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
}

/** Loads `appUrl` in a fresh MiniBrowser until a request path matches `until`; then closes it. */
export async function webkitConsole(host: WebKitHost, appUrl: string, until: RegExp, timeoutMs = 60_000): Promise<ConsoleRun> {
  const home = mkdtempSync(join(tmpdir(), 'engine-webkit-console-'));
  const requests: string[] = [];
  const lines: string[] = [];
  let done: () => void = () => undefined;
  const booted = new Promise<void>((resolve) => (done = resolve));
  const proxy = recordingProxy(new URL(appUrl), requests, () => requests.some((path) => until.test(path)) && done());
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`;
  // The setting is a WebKitSettings property; MiniBrowser takes those as options.
  const browser = spawn(host.browser, ['--enable-write-console-messages-to-stdout=true', url], {
    env: { ...process.env, DISPLAY: host.display, HOME: home }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  const collect = (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter((line) => line.trim()));
  browser.stdout!.on('data', collect);
  browser.stderr!.on('data', collect);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([booted, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`WebKit never requested ${until} (requests: ${requests.join(', ')})`)), timeoutMs)))]);
    // The CSP is parsed before any script runs; let output already written reach us.
    await new Promise((resolve) => setImmediate(resolve));
    return { lines, requests };
  } finally {
    clearTimeout(timer);
    try {
      process.kill(-browser.pid!, 'SIGTERM');
    } catch {
      browser.kill();
    }
    proxy.closeAllConnections();
    await new Promise((resolve) => proxy.close(resolve));
    rmSync(home, { recursive: true, force: true });
  }
}
