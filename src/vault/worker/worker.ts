// The vault worker: the only place keys live. Locking terminates it, heap and keys included.
import { VaultCore } from './core';
import { VaultError, storageError } from '../errors';
import { answersBeforeSodium, isOp, keepsWarmUp, reportsProgress, runsDuringLoad, transferables, type Request, type Response } from '../rpc';

const core = new VaultCore();
// Load libsodium now, while the person is still typing: unlock then costs only Argon2id.
const ready = core.init();
const post = (response: Response, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(response, transfer);

self.onmessage = async (event: MessageEvent<Request>) => {
  const { id, op, args } = event.data;
  let response: Response;
  try {
    // Only listed operations: internal methods (raw database, keys) are never reachable.
    if (!isOp(op)) throw new VaultError('unsupported', String(op));
    // Any request but the lock screen's own ends its warm-up (kdf-warm.ts), the block freed now,
    // before Argon2id or anything else allocates.
    if (!keepsWarmUp(op)) core.endWarmUp();
    // Only the questions the lock screen asks may run before libsodium is ready.
    if (!answersBeforeSodium(op)) await ready;
    // While unlock's background load runs, only reads (and the lock screen's calls) go ahead.
    if (!runsDuringLoad(op)) await core.loaded();
    const method = core[op] as (...a: unknown[]) => unknown;
    const list = [...(args as unknown[])];
    if (reportsProgress(op)) {
      // The reporter is the method's last parameter, after the optional ones the page left out.
      list.length = method.length - 1;
      list.push((done: number, total: number) => post({ id, progress: { done, total } }));
    }
    const result = await method.apply(core, list);
    response = { id, ok: true, result };
  } catch (error) {
    // Storage failures keep their meaning (an import into a full device says so); bugs say "internal".
    const e = storageError(error);
    response = { id, ok: false, code: e.code, message: e.message };
  }
  post(response, 'result' in response ? transferables(response.result) : []);
};
