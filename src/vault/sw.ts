// The vault's face to the service worker: the route that plays lent attachments (no keys, no storage).
export { installStreamRoute } from './stream/route';
