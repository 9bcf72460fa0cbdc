// Types for the static server used by `npm start`, the browser tests and the benchmarks.
import type { Server } from 'node:http';
export function startServer(port?: number, dir?: string, mounts?: Record<string, string>): Promise<Server>;
