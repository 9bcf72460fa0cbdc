// The service worker's half of playing attachments from the vault: it holds no key, and no
// plaintext but the chunk in flight. Each Range request asks the page that lent the token for the
// chunks it covers, one at a time as the player reads, so memory stays a chunk or two per stream.
import { registerRoute } from 'workbox-routing';
import { STREAM_ASK, STREAM_PATH, STREAM_PING, TOKEN, byteSpan, chunkAt, type LenderReply, type WorkerAsk } from './protocol';

declare const self: ServiceWorkerGlobalScope;

/** A page answers "which file is this?" at once; a chunk takes one vault read (a locked page never answers). */
const HEAD_MS = 5000;
const CHUNK_MS = 30_000;
const NO_STORE = { 'Cache-Control': 'no-store' } as const;

/** One conversation with the lending page over a MessageChannel: asks go out, replies queue up. */
class Line {
  private replies: Array<LenderReply | null> = [];
  private waiting: ((reply: LenderReply | null) => void) | null = null;
  private ended = false;

  constructor(private readonly port: MessagePort) {
    port.onmessage = ({ data }: MessageEvent<LenderReply>) => this.deliver(data);
  }

  private deliver(reply: LenderReply | null): void {
    if (reply?.kind === 'gone') this.ended = true;
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting) waiting(reply);
    else this.replies.push(reply);
  }

  /** The next reply; null when the page is gone, locked, or silent for `ms`. */
  next(ms: number): Promise<LenderReply | null> {
    if (this.replies.length) return Promise.resolve(this.replies.shift()!);
    if (this.ended) return Promise.resolve(null);
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.deliver(null), ms);
      this.waiting = (reply) => {
        clearTimeout(timer);
        resolve(reply);
      };
    });
  }

  send(ask: WorkerAsk): void {
    this.port.postMessage(ask);
  }

  close(): void {
    if (!this.ended) this.send({ kind: 'done' });
    this.ended = true;
    this.port.close();
  }
}

/** The page that lent `token`: the one that asked, or (a request without a client) any window that knows it. */
async function lenderFor(event: FetchEvent, token: string) {
  const asking = event.clientId ? await self.clients.get(event.clientId) : undefined;
  const candidates = asking ? [asking] : await self.clients.matchAll({ type: 'window' });
  for (const client of candidates) {
    const { port1, port2 } = new MessageChannel();
    const line = new Line(port1);
    client.postMessage({ type: STREAM_ASK, token }, [port2]);
    const head = await line.next(HEAD_MS);
    if (head?.kind === 'head') return { line, size: head.size, type: head.type };
    line.close();
  }
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
      const { index, within } = chunkAt(at);
      line.send({ kind: 'chunk', index });
      const reply = await line.next(CHUNK_MS);
      const take = reply?.kind === 'chunk' && reply.index === index ? Math.min(reply.bytes.length - within, span.end + 1 - at) : 0;
      if (reply?.kind !== 'chunk' || take <= 0) return stop(controller, new Error('attachment unavailable'));
      controller.enqueue(reply.bytes.subarray(within, within + take));
      at += take;
      if (at > span.end) stop(controller);
    },
    cancel: () => stop(),
  }, { highWaterMark: 1 }); // one chunk read ahead of the player, never more
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
