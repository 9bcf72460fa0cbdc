// The vault's public API (see page/api.ts): the only vault module the app and features import.
export * from './page/api';
