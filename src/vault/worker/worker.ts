// The vault worker: the only place keys live. Locking terminates it, heap and keys included.
import { VaultCore } from './core';
import { VaultError, storageError } from '../errors';
import { OPS, transferables, type Request, type Response } from '../rpc';

const core = new VaultCore();
// Load libsodium now, while the person is still typing: unlock then costs only Argon2id.
const ready = core.init();

self.onmessage = async (event: MessageEvent<Request>) => {
  const { id, op, args } = event.data;
  let response: Response;
  try {
    if (!OPS.includes(op)) throw new VaultError('unsupported', op);
    // Only "exists" may run before libsodium is ready: it decides which screen to show.
    if (op !== 'exists') await ready;
    const method = core[op] as (...a: unknown[]) => unknown;
    const result = await method.apply(core, args as unknown[]);
    response = { id, ok: true, result };
  } catch (error) {
    // Quota errors keep their meaning (an import into a full device says so).
    const e = storageError(error);
    response = { id, ok: false, code: e.code, message: e.message };
  }
  (self as unknown as Worker).postMessage(response, response.ok ? transferables(response.result) : []);
};
