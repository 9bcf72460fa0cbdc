// Creating a vault and unlocking one: the key opened from a slot, the records loaded and
// checked, a duress erase or a format upgrade run when due, and failed tries logged and reported.
import { randomBytes, wipe, KEY_BYTES } from './crypto';
import { FORMAT_VERSION, HEADER_ID, VAULT_VERSION, PASSPHRASE_FLOOR, floorWith, type VaultHeader } from '../format';
import { VaultError } from '../errors';
import { fillerSlot, newKdf, openSlots, sealSlot, deriveFor, REAL_SLOT } from './keyslots';
import { refuseWhileWaiting, recordFailure, endWait, newBox } from './attempts';
import { firstLog, takeReport } from './attempt-report';
import { eraseRequested } from './duress';
import { eraseForDuress } from './duress-erase';
import { readHeader } from './header';
import { adoptLoaded, quietReport, reload } from './reload';
import { openRootHint, sealRootHint, startLoad, type Background } from './lazy-load';
import { upgradeVault } from './upgrade';
import { write } from './write';
import type { Loading, VaultState } from './state';
import type { KdfSettings, UnlockReport } from './types';

/** A new vault key under a new passphrase; the database must hold no vault yet. */
export async function createVault(state: VaultState, passphrase: string, params: KdfSettings): Promise<void> {
  const key = randomBytes(KEY_BYTES);
  const kdf = newKdf(params);
  const kek = deriveFor(passphrase, kdf);
  const header: VaultHeader = { id: HEADER_ID, v: VAULT_VERSION, slots: [sealSlot(kek, key, kdf, 0), fillerSlot(kdf)], box: newBox(key, FORMAT_VERSION),
    minLength: floorWith(PASSPHRASE_FLOOR, passphrase),
  };
  wipe(kek);
  state.records.clear();
  state.adoptKey(key, 'real');
  // Pointing to the root from the start: the first unlock already reads the index by id.
  header.ix = sealRootHint(state.records.integrity.rootRow, key);
  // The header, an empty sealed index and the attempt log bound to it, together: a vault never
  // exists without its index, and a log deleted before the first unlock is reported too.
  const { put, log } = firstLog();
  await write(state, { header, puts: [put], log });
}

/**
 * `later`: set when unlock returned with older records still loading (its report then `pending`):
 * the whole report, once every record is open and checked.
 */
export async function unlockVault(state: VaultState, passphrase: string, now: () => number): Promise<{ report: UnlockReport; later?: Promise<UnlockReport> }> {
  const header = await readHeader(state);
  const db = state.database();
  await refuseWhileWaiting(db, header, now());
  const match = openSlots(header, passphrase);
  if (!match) {
    await recordFailure(db, header, now()).catch(() => undefined);
    throw new VaultError('wrong-passphrase');
  }
  state.adoptKey(match.key, match.index === REAL_SLOT ? 'real' : 'decoy');
  try {
    if (state.mode === 'real' && header.v === VAULT_VERSION) {
      const hint = openRootHint(header, state.vaultKey());
      const background = await startLoad(state.database(), state.vaultKey(), state.previewRows, state.pause, hint);
      if (background?.whole) return { report: { ...(await adoptLoaded(state, await background.done)), attempts: await takeReport(state, header) } };
      if (background) return { report: { ...quietReport(), pending: true }, later: loadInBackground(state, header, background, hint) };
    }
    let report = await reload(state, header);
    if (state.mode === 'decoy') {
      await endWait(db);
      // A duress passphrase set to "erase": do it now, then carry on as if nothing happened.
      if (eraseRequested(state.records)) await eraseForDuress(state, header, match);
      // The page needs to know, to open the disguise's app rather than a Daybook screen (types.ts).
      return { report: { ...quietReport(), mode: 'decoy' } };
    }
    let current = header;
    // What the index said before an upgrade is what this unlock reports (a v2 index is carried
    // into v3 listing the same, so its findings are reported again until confirmed).
    const before = header.v >= 2 ? report.integrity : null;
    while (current.v < VAULT_VERSION) {
      await upgradeVault(state, current);
      current = await readHeader(state);
      report = { ...(await reload(state, current)), upgraded: true };
    }
    if (before) report.integrity = before;
    return { report: { ...report, attempts: await takeReport(state, current) } };
  } finally {
    wipe(match.kek);
  }
}

/**
 * Unlock has opened the newest records (lazy-load.ts); the rest load in the background. Reads go
 * to the preview meanwhile, writes wait. The report (findings, failed tries) waits for the
 * complete check.
 */
function loadInBackground(state: VaultState, header: VaultHeader, background: Background, hint: string | null): Promise<UnlockReport> {
  const adopted = background.done.then(async (loaded) => {
    // A lock (or another unlock) since: nothing of this load may reach the record index.
    if (state.loading !== loading) throw new VaultError('locked');
    const report = await adoptLoaded(state, loaded);
    if (state.loading !== loading) throw new VaultError('locked');
    state.loading = null;
    return report;
  });
  const loading: Loading = { preview: background.preview, stop: background.stop, ready: adopted.then(() => undefined) };
  state.loading = loading;
  const later = adopted.then(async (report) => {
    // The header points to the root from now on (a vault from before the hint, or its root moved).
    const root = state.records.integrity.rootRow;
    if (root !== hint) await write(state, { header: { ...(await readHeader(state)), ix: sealRootHint(root, state.vaultKey()) } });
    return { ...report, attempts: await takeReport(state, header) };
  });
  // Nobody may be waiting when a lock stops it.
  later.catch(() => undefined);
  loading.ready.catch(() => undefined);
  return later;
}
