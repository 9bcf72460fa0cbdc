// The background file check (filecheck.ts) as an operation asks for it: waited for, with the ids
// the page's records point to, so an attachment whose metadata row is gone is reported too.
import { BLOB_KIND } from '../format';
import type { FileCheck } from './filecheck';
import type { VaultState } from './state';

export function fileCheck(state: VaultState, referenced: string[] = []): Promise<FileCheck> {
  state.vaultKey();
  return state.files.result(Array.isArray(referenced) ? referenced : [], (id) => state.records.get(BLOB_KIND, id) !== undefined);
}
