// Bench-only page (built separately into dist-bench/, never shipped): exposes the vault API
// and feature stores on window.bench so benchmarks can seed and time things in the browser.
import { vault, repository, blobs } from '../src/vault';

const bench = { vault, repository, blobs, ready: true };

(window as unknown as { bench: typeof bench }).bench = bench;
