// The page entry's own door into the vault: whether one exists, read before the app's code has loaded.
export { vaultPresent } from './page/presence';
