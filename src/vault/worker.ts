// The vault worker: the only place keys live. Locking terminates it, heap and keys included.
import { VaultCore } from './core';
import { VaultError } from './errors';
import { OPS, type Request, type Response } from './rpc';

const core = new VaultCore();
// Load libsodium now, while the person is still typing: unlock then costs only Argon2id.
const ready = core.init();

self.onmessage = async (event: MessageEvent<Request>) => {
  const { id, op, args } = event.data;
  let response: Response;
  try {
    if (!OPS.includes(op)) throw new VaultError('unsupported', op);
    await ready;
    const method = core[op] as (...a: unknown[]) => unknown;
    const result = await method.apply(core, args as unknown[]);
    response = { id, ok: true, result };
  } catch (error) {
    const e = error instanceof VaultError ? error : new VaultError('storage', error instanceof Error ? error.message : String(error));
    response = { id, ok: false, code: e.code, message: e.message };
  }
  const transfer = response.ok && response.result instanceof Uint8Array ? [response.result.buffer] : [];
  (self as unknown as Worker).postMessage(response, transfer as Transferable[]);
};
