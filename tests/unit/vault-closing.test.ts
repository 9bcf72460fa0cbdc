// Locking with a last write (issue 14): the page is locked at once, reads in flight fail, the
// worker finishes the writes of the forms being torn down, then dies — within LAST_WRITE_MS.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VaultClient } from '../../src/vault/page/client';
import { LAST_WRITE_MS } from '../../src/exit/hooks';
import type { Request, Response } from '../../src/vault/rpc';

/** A worker whose replies the test sends by hand, to place them before or after the lock. */
class FakeWorker {
  static all: FakeWorker[] = [];
  received: Request[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<Response>) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(request: Request): void {
    this.received.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(op: string, result: unknown): void {
    const request = this.received.find((r) => r.op === op && !this.answered.has(r.id));
    if (!request) throw new Error(`no ${op} waiting`);
    this.answered.add(request.id);
    this.onmessage?.({ data: { id: request.id, ok: true, result } } as MessageEvent<Response>);
  }
  private answered = new Set<number>();
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let client: VaultClient;
beforeEach(() => {
  FakeWorker.all = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('document', { baseURI: 'http://127.0.0.1/' });
  client = new VaultClient();
  client.warmUp();
  client.markUnlocked();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('locking while writing', () => {
  it('lets a write already sent finish, then terminates the worker and resolves', async () => {
    const worker = FakeWorker.all[0]!;
    const put = client.callUnlocked('put', ['draft', null, { text: 'typed' }]);
    const locked = client.lock();
    expect(client.isUnlocked()).toBe(false);
    expect(worker.terminated).toBe(false);
    worker.reply('put', 'id-1');
    await expect(put).resolves.toBe('id-1');
    await locked;
    expect(worker.terminated).toBe(true);
  });

  it('fails a read in flight at once: no answer reaches a locked page', async () => {
    const worker = FakeWorker.all[0]!;
    const get = client.callUnlocked('listAll', ['journal']);
    const locked = client.lock();
    await expect(get).rejects.toMatchObject({ code: 'locked' });
    await locked;
    expect(worker.terminated).toBe(true);
    // Nothing but saving is allowed while it closes, and nothing at all once closed.
    await expect(client.callUnlocked('listAll', ['journal'])).rejects.toMatchObject({ code: 'locked' });
  });

  it('runs the forms’ last writes as it locks, and waits for them', async () => {
    const worker = FakeWorker.all[0]!;
    let saved: Promise<unknown> | undefined;
    client.onLastWrite(() => (saved = client.callUnlocked('put', ['draft', 'd1', { text: 'last words' }])));
    const locked = client.lock();
    await settle();
    expect(worker.received.map((r) => [r.op, r.args])).toEqual([['put', ['draft', 'd1', { text: 'last words' }]]]);
    expect(worker.terminated).toBe(false);
    worker.reply('put', 'd1');
    await expect(saved).resolves.toBe('d1');
    await locked;
    expect(worker.terminated).toBe(true);
  });

  it('waits for a write queued behind another (a save chained on the previous one)', async () => {
    const worker = FakeWorker.all[0]!;
    const first = client.callUnlocked('put', ['plan', 'p', { v: 1 }]);
    // The second save is started only when the first one answers, as the plan's queue does.
    const second = first.then(() => client.callUnlocked('put', ['plan', 'p', { v: 2 }]));
    const locked = client.lock();
    worker.reply('put', 'p');
    await settle();
    expect(worker.terminated).toBe(false);
    worker.reply('put', 'p');
    await expect(second).resolves.toBe('p');
    await locked;
    expect(worker.received.map((r) => r.args[2])).toEqual([{ v: 1 }, { v: 2 }]);
    expect(worker.terminated).toBe(true);
  });

  it('never waits longer than LAST_WRITE_MS for a write that does not answer', async () => {
    vi.useFakeTimers();
    const worker = FakeWorker.all[0]!;
    const put = client.callUnlocked('put', ['draft', null, { text: 'stuck' }]);
    const putFails = expect(put).rejects.toMatchObject({ code: 'locked' });
    let done = false;
    void client.lock().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(LAST_WRITE_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect(worker.terminated).toBe(true);
    await putFails;
  });

  it('terminates at once, waiting for nothing, when the page itself is going away', async () => {
    const worker = FakeWorker.all[0]!;
    let asked = false;
    client.onLastWrite(() => (asked = true));
    const put = client.callUnlocked('put', ['draft', null, {}]);
    await client.lock(false);
    expect(worker.terminated).toBe(true);
    expect(asked).toBe(false);
    await expect(put).rejects.toMatchObject({ code: 'locked' });
  });

  it('ends a closing vault at once when the page goes away during the last write', async () => {
    const worker = FakeWorker.all[0]!;
    void client.callUnlocked('put', ['draft', null, {}]).catch(() => undefined);
    const first = client.lock();
    expect(worker.terminated).toBe(false);
    await client.lock(false);
    await first;
    expect(worker.terminated).toBe(true);
  });

  it('sends the lock screen’s calls to a fresh worker only after the old one is gone', async () => {
    const old = FakeWorker.all[0]!;
    void client.callUnlocked('put', ['draft', null, {}]);
    const locked = client.lock();
    const info = client.call('lockInfo', []);
    await settle();
    expect(old.received.map((r) => r.op)).toEqual(['put']);
    old.reply('put', 'x');
    await locked;
    await settle();
    const fresh = FakeWorker.all[1]!;
    expect(fresh).toBeDefined();
    expect(fresh.received.map((r) => r.op)).toEqual(['lockInfo']);
    fresh.reply('lockInfo', { nextTryAt: 0 });
    await expect(info).resolves.toEqual({ nextTryAt: 0 });
  });
});
