// Streamed playback's two pure parts and the page's lender (issue 16): Range arithmetic as
// players send it, and a lender that falls back when no worker streams, answers only for the
// tokens it lent, checks chunk sizes, and goes silent the moment the vault locks.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { byteSpan, chunkAt, chunkLength, STREAM_ASK, STREAM_PING, type LenderReply } from '../../src/vault/stream/protocol';
import { streamLender } from '../../src/vault/page/lender';
import type { VaultClient } from '../../src/vault/page/client';

const MiB = 1024 * 1024;

describe('byte ranges', () => {
  it('reads the forms players send, and refuses what lies past the end', () => {
    expect(byteSpan(null, 1000)).toEqual({ start: 0, end: 999, partial: false });
    expect(byteSpan('bytes=0-', 1000)).toEqual({ start: 0, end: 999, partial: true });
    expect(byteSpan('bytes=0-1', 1000)).toEqual({ start: 0, end: 1, partial: true }); // Safari's first probe
    expect(byteSpan('bytes=900-5000', 1000)).toEqual({ start: 900, end: 999, partial: true });
    expect(byteSpan('bytes=-100', 1000)).toEqual({ start: 900, end: 999, partial: true });
    expect(byteSpan('bytes=-5000', 1000)).toEqual({ start: 0, end: 999, partial: true });
    expect(byteSpan('bytes=1000-', 1000)).toBeNull();
    expect(byteSpan('bytes=9-3', 1000)).toBeNull();
    expect(byteSpan('bytes=-0', 1000)).toBeNull();
    // Several ranges, or another unit: the whole file, which a 200 answers correctly.
    expect(byteSpan('bytes=0-1,5-6', 1000)).toEqual({ start: 0, end: 999, partial: false });
    expect(byteSpan('items=0-1', 1000)).toEqual({ start: 0, end: 999, partial: false });
  });

  it('finds a byte’s chunk and each chunk’s length', () => {
    expect(chunkAt(0)).toEqual({ index: 0, within: 0 });
    expect(chunkAt(MiB - 1)).toEqual({ index: 0, within: MiB - 1 });
    expect(chunkAt(MiB)).toEqual({ index: 1, within: 0 });
    const size = 2 * MiB + 5;
    expect([0, 1, 2, 3].map((i) => chunkLength(i, size))).toEqual([MiB, MiB, 5, 0]);
  });
});

/** The page's service-worker container, with a worker that answers the ping only when told to. */
function fakeContainer(answersPing: boolean) {
  const listeners = new Map<string, Array<(event: MessageEvent) => void>>();
  const controller = {
    postMessage(data: { type: string }, ports: MessagePort[]) {
      if (data.type === STREAM_PING && answersPing) ports[0]!.postMessage({ type: STREAM_PING });
    },
  };
  return {
    controller,
    addEventListener: (type: string, listener: (event: MessageEvent) => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    startMessages: () => undefined,
    /** What the service worker does: asks about a token, with a port for the chunks. */
    ask(token: string): MessagePort {
      const { port1, port2 } = new MessageChannel();
      for (const listener of listeners.get('message') ?? []) listener({ data: { type: STREAM_ASK, token }, ports: [port2] } as unknown as MessageEvent);
      return port1;
    },
  };
}

/** A vault client holding one 2 MiB + 5 attachment; `short` returns a chunk one byte short. */
function fakeClient(short = false) {
  const lockListeners: Array<() => void> = [];
  let unlocked = true;
  const client = {
    isUnlocked: () => unlocked,
    onLock: (listener: () => void) => lockListeners.push(listener),
    callUnlocked: async (op: string, args: unknown[]) => {
      if (!unlocked) throw new Error('locked');
      if (op === 'blobInfo') return args[0] === 'video-1' ? { id: 'video-1', size: 2 * MiB + 5, type: 'video/webm' } : undefined;
      const index = args[1] as number;
      const length = chunkLength(index, 2 * MiB + 5) - (short && index === 1 ? 1 : 0);
      return new Uint8Array(length).fill(index + 1);
    },
  };
  return { client: client as unknown as VaultClient, lock: () => { unlocked = false; lockListeners.forEach((l) => l()); } };
}

function replies(port: MessagePort): () => Promise<LenderReply> {
  const queue: LenderReply[] = [];
  const waiting: Array<(reply: LenderReply) => void> = [];
  port.onmessage = ({ data }) => (waiting.length ? waiting.shift()!(data) : queue.push(data));
  return () => (queue.length ? Promise.resolve(queue.shift()!) : new Promise((resolve) => waiting.push(resolve)));
}

describe('the page’s lender', () => {
  beforeEach(() => {
    vi.stubGlobal('document', { baseURI: 'https://example.test/app/' });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('lends nothing where no worker controls the page, or the worker does not answer (an older one)', async () => {
    vi.stubGlobal('navigator', { serviceWorker: { controller: null } });
    expect(await streamLender(fakeClient().client).lend('video-1')).toBeNull();

    vi.useFakeTimers();
    vi.stubGlobal('navigator', { serviceWorker: fakeContainer(false) });
    const lent = streamLender(fakeClient().client).lend('video-1');
    await vi.advanceTimersByTimeAsync(2000);
    expect(await lent).toBeNull();
  });

  it('answers for its own tokens only, chunk by chunk, and says gone once locked', async () => {
    const container = fakeContainer(true);
    vi.stubGlobal('navigator', { serviceWorker: container });
    const vault = fakeClient();
    const lender = streamLender(vault.client);
    const url = (await lender.lend('video-1'))!;
    expect(url).toMatch(/^https:\/\/example\.test\/app\/files\/[A-Za-z0-9_-]{22}$/);
    const token = url.slice(url.lastIndexOf('/') + 1);

    expect(await replies(container.ask('A'.repeat(22)))()).toEqual({ kind: 'gone' });

    const port = container.ask(token);
    const next = replies(port);
    expect(await next()).toEqual({ kind: 'head', size: 2 * MiB + 5, type: 'video/webm' });
    port.postMessage({ kind: 'chunk', index: 2 });
    const last = await next();
    expect(last.kind === 'chunk' && [last.index, last.bytes.length, last.bytes[0]]).toEqual([2, 5, 3]);

    vault.lock();
    expect(await next()).toEqual({ kind: 'gone' });
    expect(await replies(container.ask(token))()).toEqual({ kind: 'gone' });
    port.close();
  });

  it('refuses a chunk of the wrong length rather than shift every byte after it', async () => {
    const container = fakeContainer(true);
    vi.stubGlobal('navigator', { serviceWorker: container });
    const lender = streamLender(fakeClient(true).client);
    const url = (await lender.lend('video-1'))!;
    const port = container.ask(url.slice(url.lastIndexOf('/') + 1));
    const next = replies(port);
    await next();
    port.postMessage({ kind: 'chunk', index: 1 });
    expect(await next()).toEqual({ kind: 'gone' });
    port.close();
  });

  it('forgets an address once the viewer lets it go', async () => {
    const container = fakeContainer(true);
    vi.stubGlobal('navigator', { serviceWorker: container });
    const lender = streamLender(fakeClient().client);
    const url = (await lender.lend('video-1'))!;
    lender.forget(url);
    expect(await replies(container.ask(url.slice(url.lastIndexOf('/') + 1)))()).toEqual({ kind: 'gone' });
  });
});
