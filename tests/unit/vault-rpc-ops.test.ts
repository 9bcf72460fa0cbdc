// Which calls the vault worker answers when (vault/rpc.ts, vault/worker/worker.ts): the lock
// screen's two questions before libsodium has loaded; unlock's head start (kdf-warm.ts) left
// running by those and by itself, ended by anything else, which may need libsodium's memory.
import { describe, expect, it } from 'vitest';
import { OPS, answersBeforeSodium, keepsWarmUp, runsDuringLoad, type Op } from '../../src/vault/rpc';

const ops = OPS as readonly Op[];

describe('when the worker answers a call', () => {
  it('answers only whether a vault exists and how its lock stands before libsodium has loaded', () => {
    expect(ops.filter(answersBeforeSodium)).toEqual(['exists', 'lockInfo']);
  });

  it('keeps unlock’s head start running only for the lock screen’s questions and the head start itself', () => {
    expect(ops.filter(keepsWarmUp)).toEqual(['exists', 'lockInfo', 'warmKdf']);
    for (const op of ['unlock', 'create', 'logLocked', 'put'] as const) expect(keepsWarmUp(op)).toBe(false);
  });

  it('lets those calls through while an unlock still loads older records', () => {
    for (const op of ops.filter(keepsWarmUp)) expect(runsDuringLoad(op)).toBe(true);
  });
});
