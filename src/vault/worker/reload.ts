// Puts the stored vault into memory under the key already adopted: at unlock, and after an
// import, a duress erase or an upgrade replaced what is stored.
import { blobsMissingChunks, loadRecords, type Loaded } from './load';
import { cleanReport } from './integrity';
import { noAttempts } from './attempt-report';
import { readHeader } from './header';
import type { VaultHeader } from '../format';
import type { VaultState } from './state';
import type { UnlockReport } from './types';

/** What an unlock reports when there is nothing to say (and what the decoy always reports). */
export const quietReport = (): UnlockReport => ({ damaged: 0, integrity: cleanReport(), attempts: noAttempts(), brokenFiles: 0, upgraded: false });

export async function reload(state: VaultState, header?: VaultHeader): Promise<UnlockReport> {
  header ??= await readHeader(state);
  const loaded = await loadRecords(state.database(), state.vaultKey(), { mode: state.mode, expectIndex: state.mode === 'real' && header.v >= 2 });
  return adoptLoaded(state, loaded);
}

/** Everything loaded and checked becomes the record index; what the check found is reported. */
export async function adoptLoaded(state: VaultState, loaded: Loaded): Promise<UnlockReport> {
  state.records.adopt(loaded);
  // The decoy's files are not the person's: nothing to report under duress.
  if (state.mode === 'real') state.files.start(state.database(), state.vaultKey(), loaded.cache.entries());
  else state.files.stop();
  return { ...quietReport(), damaged: loaded.damaged, integrity: loaded.report, brokenFiles: await blobsMissingChunks(state.database(), loaded.cache) };
}
