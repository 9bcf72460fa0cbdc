// The page's side of the vault: starts the worker, forwards calls, and locks by killing it.
import workerUrl from '../worker/worker?worker&url';
import { trustedScriptURL } from '../../lib/trusted-types';
import { VaultError } from '../errors';
import type { Args, Op, Request, Response, Result } from '../rpc';
import { LAST_WRITE_MS } from '../../exit/hooks';

type Pending = { op: Op; resolve: (v: unknown) => void; reject: (e: unknown) => void; progress?: (done: number, total: number) => void };
export type VaultState = 'locked' | 'unlocked';

/** What a closing vault still does: save a record (a read-modify-write needs `get`), and list the
 *  vault as it is when the person has just noted the unlock report (else a quick Lock after "I have
 *  noted this" could cut that write off, and the report would come back). Nothing else. */
const CLOSING_OPS: ReadonlySet<Op> = new Set<Op>(['put', 'get', 'delete', 'acceptIntegrity']);

export class VaultClient {
  private worker: Worker | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private unlocked = false;
  /** Set while a locked vault's worker finishes the last writes (at most LAST_WRITE_MS). */
  private closing: Promise<void> | null = null;
  private endClosing: (() => void) | null = null;
  private lockListeners = new Set<() => void>();
  private lastWrites = new Set<() => unknown>();
  private idleWaiters: Array<() => void> = [];

  /** Starts the worker (and libsodium inside it) ahead of need. */
  warmUp(): void {
    this.ensureWorker();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(trustedScriptURL(workerUrl), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Response>) => {
      const reply = event.data;
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      if ('progress' in reply) {
        waiting.progress?.(reply.progress.done, reply.progress.total);
        return;
      }
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(new VaultError(reply.code, reply.message));
      if (this.pending.size === 0) this.wakeIdle();
    };
    worker.onerror = () => this.failAll(new VaultError('unsupported', 'worker'));
    this.worker = worker;
    return worker;
  }

  /** Calls of the lock screen (unlock, lockInfo…) wait for a closing worker to be gone. */
  call<O extends Op>(op: O, args: Args<O>, transfer: Transferable[] = [], progress?: Pending['progress']): Promise<Result<O>> {
    if (this.closing) return this.closing.then(() => this.call(op, args, transfer, progress));
    return this.send(op, args, transfer, progress);
  }

  private send<O extends Op>(op: O, args: Args<O>, transfer: Transferable[] = [], progress?: Pending['progress']): Promise<Result<O>> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<Result<O>>((resolve, reject) => {
      this.pending.set(id, { op, resolve: resolve as (v: unknown) => void, reject, progress });
      const request: Request<O> = { id, op, args };
      worker.postMessage(request, transfer);
    });
  }

  /**
   * Calls that need an open vault fail fast (and clearly) when it is locked. While it closes,
   * they still reach the worker: the last writes of the forms being torn down.
   */
  callUnlocked<O extends Op>(op: O, args: Args<O>, transfer?: Transferable[], progress?: Pending['progress']): Promise<Result<O>> {
    if (!this.unlocked && !(this.closing && CLOSING_OPS.has(op))) return Promise.reject(new VaultError('locked'));
    return this.send(op, args, transfer, progress);
  }

  /** `write` runs when the vault locks, to save what is being typed; it must start its write at once. */
  onLastWrite(write: () => unknown): () => void {
    this.lastWrites.add(write);
    return () => this.lastWrites.delete(write);
  }

  markUnlocked(): void {
    this.unlocked = true;
  }

  isUnlocked(): boolean {
    return this.unlocked;
  }

  /**
   * Locked at once, in this task (Quick exit calls it as it leaves): nothing new can be read, and
   * the screens are told to go. The worker lives on only to finish the last writes of what was
   * being typed, at most LAST_WRITE_MS, then it is terminated with every key in it. Resolves then.
   * `finishWrites` false (the page itself is going away): terminated now, nothing waited for.
   */
  lock(finishWrites = true): Promise<void> {
    if (this.closing) {
      if (!finishWrites) this.endClosing?.();
      return this.closing ?? Promise.resolve();
    }
    if (!this.unlocked) {
      this.terminate();
      return Promise.resolve();
    }
    this.unlocked = false;
    // Whatever was being read is dropped now: no answer reaches a locked page.
    for (const [id, waiting] of this.pending) {
      if (CLOSING_OPS.has(waiting.op)) continue;
      this.pending.delete(id);
      waiting.reject(new VaultError('locked'));
    }
    const closed = new Promise<void>((resolve) => {
      this.endClosing = () => {
        this.endClosing = null;
        this.terminate();
        this.closing = null;
        resolve();
      };
    });
    this.closing = closed;
    const writes: unknown[] = [];
    for (const write of finishWrites ? this.lastWrites : []) {
      try {
        writes.push(write());
      } catch {
        // One failing form must not keep the others from saving.
      }
    }
    for (const listener of this.lockListeners) listener();
    if (!finishWrites) {
      this.endClosing?.();
      return closed;
    }
    const settled = Promise.allSettled(writes).then(() => this.idle());
    const timeUp = new Promise<void>((resolve) => setTimeout(resolve, LAST_WRITE_MS));
    void Promise.race([settled, timeUp]).then(() => this.endClosing?.());
    return closed;
  }

  /** Resolves once no call is waiting for the worker, including calls started by replies. */
  private async idle(): Promise<void> {
    for (;;) {
      // A reply may start the next queued write a few microtasks later: look after they ran.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.pending.size === 0) return;
      await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    }
  }

  private wakeIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const wake of waiters) wake();
  }

  private terminate(): void {
    this.worker?.terminate();
    this.worker = null;
    this.failAll(new VaultError('locked'));
    this.wakeIdle();
  }

  /** Resolves once a lock has ended the worker (at once when none is under way). */
  closed(): Promise<void> {
    return this.closing ?? Promise.resolve();
  }

  onLock(listener: () => void): () => void {
    this.lockListeners.add(listener);
    return () => this.lockListeners.delete(listener);
  }

  private failAll(error: VaultError): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
