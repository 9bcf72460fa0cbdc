// The page's side of the vault: starts the worker, forwards calls, and locks by killing it.
import workerUrl from '../worker/worker?worker&url';
import { trustedScriptURL } from '../../lib/trusted-types';
import { VaultError } from '../errors';
import type { Args, Op, Request, Response, Result } from '../rpc';

type Pending = { resolve: (v: unknown) => void; reject: (e: unknown) => void; progress?: (done: number, total: number) => void };
export type VaultState = 'locked' | 'unlocked';

export class VaultClient {
  private worker: Worker | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private unlocked = false;
  private lockListeners = new Set<() => void>();

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
    };
    worker.onerror = () => this.failAll(new VaultError('unsupported', 'worker'));
    this.worker = worker;
    return worker;
  }

  call<O extends Op>(op: O, args: Args<O>, transfer: Transferable[] = [], progress?: Pending['progress']): Promise<Result<O>> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<Result<O>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, progress });
      const request: Request<O> = { id, op, args };
      worker.postMessage(request, transfer);
    });
  }

  /** Calls that need an open vault fail fast (and clearly) when it is locked. */
  callUnlocked<O extends Op>(op: O, args: Args<O>, transfer?: Transferable[], progress?: Pending['progress']): Promise<Result<O>> {
    if (!this.unlocked) return Promise.reject(new VaultError('locked'));
    return this.call(op, args, transfer, progress);
  }

  markUnlocked(): void {
    this.unlocked = true;
  }

  isUnlocked(): boolean {
    return this.unlocked;
  }

  /** Synchronous on purpose: the Quick exit calls this in the same task as it leaves. */
  lock(): void {
    const wasUnlocked = this.unlocked;
    this.unlocked = false;
    this.worker?.terminate();
    this.worker = null;
    this.failAll(new VaultError('locked'));
    if (wasUnlocked) for (const listener of this.lockListeners) listener();
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
