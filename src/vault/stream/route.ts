// The service worker's half of playing attachments from the vault: it holds no key, and no
// plaintext but the chunk in flight. Each Range request asks the page that lent the token for the
// chunks it covers, one at a time as the player reads, so memory stays a chunk or two per stream.
import { registerRoute } from 'workbox-routing';
import { release } from '../../lib/release';
import { STREAM_ASK, STREAM_PATH, STREAM_PING, TOKEN, byteSpan, chunkAt, type LenderReply, type WorkerAsk } from './protocol';

declare const self: ServiceWorkerGlobalScope;

/** A page answers "which file is this?" at once; a chunk takes one vault read (a locked page never answers). */
const HEAD_MS = 5000;
const CHUNK_MS = 30_000;
const NO_STORE = { 'Cache-Control': 'no-store' } as const;

/** Chunks asked for ahead of the player: the vault decrypts the next while this one goes out. */
const AHEAD = 3;

type Head = Extract<LenderReply, { kind: 'head' }>;

/** One conversation with the lending page over a MessageChannel: chunks are asked for ahead and kept by index until read. */
class Line {
  private head: Head | null = null;
  private arrived = new Map<number, Uint8Array>();
  private asked = new Set<number>();
  private waiting: (() => void) | null = null;
  private ended = false;

  constructor(private readonly port: MessagePort) {
    port.onmessage = ({ data }: MessageEvent<LenderReply>) => {
      if (data.kind === 'gone') this.ended = true;
      else if (data.kind === 'head') this.head = data;
      else this.arrived.set(data.index, data.bytes);
      this.wake();
    };
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.();
  }

  /** Waits until `ready`, the end of the line, or `ms`; any reply wakes it to look again (chunks may arrive out of order). */
  private async until(ready: () => boolean, ms: number): Promise<void> {
    const deadline = Date.now() + ms;
    while (!ready() && !this.ended && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadline - Date.now());
        this.waiting = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /** The file's size and type; null when the page does not know the token (or is silent for `ms`). */
  async opened(ms: number): Promise<Head | null> {
    await this.until(() => this.head !== null, ms);
    return this.ended ? null : this.head;
  }

  /** Chunk `index` (asking for it and the next few up to `last`); null when the page is gone, locked, or silent for `ms`. */
  async chunk(index: number, last: number, ms: number): Promise<Uint8Array | null> {
    for (let i = index; i <= Math.min(last, index + AHEAD - 1); i++) {
      if (this.asked.has(i)) continue;
      this.asked.add(i);
      this.port.postMessage({ kind: 'chunk', index: i } satisfies WorkerAsk);
    }
    await this.until(() => this.arrived.has(index), ms);
    const bytes = this.arrived.get(index) ?? null;
    this.arrived.delete(index);
    return bytes;
  }

  close(): void {
    if (!this.ended) this.port.postMessage({ kind: 'done' } satisfies WorkerAsk);
    this.ended = true;
    this.arrived.clear();
    this.port.close();
  }
}

/** The page that lent `token`: the one whose player asks (a request from no page is nobody's). */
async function lenderFor(event: FetchEvent, token: string) {
  const client = event.clientId ? await self.clients.get(event.clientId) : undefined;
  if (!client) return null;
  const { port1, port2 } = new MessageChannel();
  const line = new Line(port1);
  client.postMessage({ type: STREAM_ASK, token }, [port2]);
  const head = await line.opened(HEAD_MS);
  if (head) return { line, size: head.size, type: head.type };
  line.close();
  return null;
}

async function streamed(event: FetchEvent, token: string): Promise<Response> {
  const lender = await lenderFor(event, token);
  if (!lender) return new Response(null, { status: 404, headers: NO_STORE });
  const { line, size, type } = lender;
  const span = byteSpan(event.request.headers.get('Range'), size);
  if (!span) {
    line.close();
    return new Response(null, { status: 416, headers: { ...NO_STORE, 'Content-Range': `bytes */${size}` } });
  }
  let at = span.start;
  const handed: Uint8Array[] = [];
  let finished: () => void = () => undefined;
  // The worker stays alive while the player reads, not only until the headers are out.
  event.waitUntil(new Promise<void>((resolve) => (finished = resolve)));
  const stop = (controller?: ReadableStreamDefaultController<Uint8Array>, fail?: Error) => {
    line.close();
    finished();
    if (fail) controller?.error(fail);
    else controller?.close();
  };
  const body = span.end < span.start ? null : new ReadableStream<Uint8Array>({
    async pull(controller) {
      // Chunks already copied out by the reader (it takes them one after another) are freed now, not at the next GC.
      while (handed.length > 2) release(handed.shift()!);
      const { index, within } = chunkAt(at);
      const bytes = await line.chunk(index, chunkAt(span.end).index, CHUNK_MS);
      const take = bytes ? Math.min(bytes.length - within, span.end + 1 - at) : 0;
      if (!bytes || take <= 0) return stop(controller, new Error('attachment unavailable'));
      controller.enqueue(bytes.subarray(within, within + take));
      handed.push(bytes);
      at += take;
      if (at > span.end) stop(controller);
    },
    cancel: () => stop(),
  }, { highWaterMark: 1 }); // with AHEAD asked for: a few chunks in memory per stream, never more
  if (!body) stop();
  const headers = new Headers({ ...NO_STORE, 'Content-Type': type, 'Content-Length': String(span.end - span.start + 1), 'Accept-Ranges': 'bytes' });
  if (span.partial) headers.set('Content-Range', `bytes ${span.start}-${span.end}/${size}`);
  return new Response(body, { status: span.partial ? 206 : 200, headers });
}

/** The token of a request for a lent attachment, or null when the request is not one. */
function streamToken(url: URL): string | null {
  const scope = new URL(self.registration.scope);
  const prefix = scope.pathname + STREAM_PATH;
  if (url.origin !== scope.origin || !url.pathname.startsWith(prefix)) return null;
  const token = url.pathname.slice(prefix.length);
  return TOKEN.test(token) ? token : null;
}

/** Serves STREAM_PATH and answers the page's "can you stream?" (register before the precache route). */
export function installStreamRoute(): void {
  self.addEventListener('message', (event) => {
    if ((event.data as { type?: string })?.type === STREAM_PING) event.ports[0]?.postMessage({ type: STREAM_PING });
  });
  registerRoute(
    ({ url }) => streamToken(url) !== null,
    ({ event, url }) => streamed(event as FetchEvent, streamToken(url)!),
  );
}
