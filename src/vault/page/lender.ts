// Lends opened attachments to the service worker, a chunk at a time, so a video plays (and seeks)
// straight from the vault instead of from a decrypted copy the size of the file. A token per
// opened file, known only to this page; every token and open stream is dropped when the vault locks.
import type { VaultClient } from './client';
import { randomToken } from '../../lib/random-id';
import { STREAM_ASK, STREAM_PATH, STREAM_PING, chunkLength, type LenderReply, type WorkerAsk } from '../stream/protocol';

/** How long the worker may take to say it streams (a worker from before this route never answers). */
const PING_MS = 2000;

export function streamLender(client: VaultClient) {
  const lent = new Map<string, string>();
  const open = new Set<MessagePort>();
  let streams: Promise<boolean> | null = null;
  let listening = false;

  /** Whether the controlling service worker serves STREAM_PATH (asked once per worker). */
  function workerStreams(): Promise<boolean> {
    const worker = navigator.serviceWorker?.controller;
    if (!worker) return Promise.resolve(false);
    if (streams) return streams;
    // A new worker (an update) may stream where the old one did not: ask again then.
    navigator.serviceWorker.addEventListener('controllerchange', () => (streams = null), { once: true });
    streams = new Promise<boolean>((resolve) => {
      const { port1, port2 } = new MessageChannel();
      const timer = setTimeout(() => resolve(false), PING_MS);
      port1.onmessage = () => {
        clearTimeout(timer);
        port1.close();
        resolve(true);
      };
      worker.postMessage({ type: STREAM_PING }, [port2]);
    });
    return streams;
  }

  function reply(port: MessagePort, message: LenderReply): void {
    port.postMessage(message, message.kind === 'chunk' ? [message.bytes.buffer] : []);
  }

  /** The worker asks for one token's attachment; this port then carries its chunks. */
  async function answer(token: string, port: MessagePort): Promise<void> {
    const blobId = lent.get(token);
    const info = blobId ? await client.callUnlocked('blobInfo', [blobId]).catch(() => undefined) : undefined;
    if (!blobId || !info || !lent.has(token)) return reply(port, { kind: 'gone' });
    open.add(port);
    port.onmessage = async ({ data }: MessageEvent<WorkerAsk>) => {
      if (data.kind === 'done') return close(port);
      try {
        const bytes = (await client.callUnlocked('blobChunk', [blobId, data.index])) as Uint8Array<ArrayBuffer>;
        // The worker checks nothing about sizes: a chunk of the wrong length would corrupt every offset after it.
        if (!lent.has(token) || bytes.length !== chunkLength(data.index, info.size)) throw new Error('gone');
        reply(port, { kind: 'chunk', index: data.index, bytes });
      } catch {
        reply(port, { kind: 'gone' });
        close(port);
      }
    };
    reply(port, { kind: 'head', size: info.size, type: info.type });
  }

  function close(port: MessagePort): void {
    open.delete(port);
    port.close();
  }

  function listen(): void {
    if (listening || !navigator.serviceWorker) return;
    listening = true;
    navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string; token?: string }>) => {
      const port = event.ports[0];
      if (event.data?.type !== STREAM_ASK || !port || typeof event.data.token !== 'string') return;
      void answer(event.data.token, port);
    });
    navigator.serviceWorker.startMessages();
  }

  client.onLock(() => {
    lent.clear();
    for (const port of open) {
      reply(port, { kind: 'gone' });
      port.close();
    }
    open.clear();
  });

  return {
    /** An address the page's media elements can play `blobId` from, or null where no service worker can stream it. */
    async lend(blobId: string): Promise<string | null> {
      if (!client.isUnlocked() || !(await workerStreams()) || !client.isUnlocked()) return null;
      listen();
      const token = randomToken();
      lent.set(token, blobId);
      return new URL(`${STREAM_PATH}${token}`, document.baseURI).href;
    },
    /** The address no longer plays anything (reads already under way end at their next chunk). */
    forget(url: string): void {
      lent.delete(url.slice(url.lastIndexOf('/') + 1));
    },
  };
}
