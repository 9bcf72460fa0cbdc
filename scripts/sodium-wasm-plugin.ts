// Build plugin: libsodium ships its WebAssembly as base64 inside its JavaScript; served as a
// real .wasm file it compresses ~40 KB smaller, which keeps the offline precache in budget.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const BASE64_WASM = /"(AGFzbQ[A-Za-z0-9+/=]+)"/;
const FACTORY = /^async function (\w+)\((\w+)=\{\}\)\{/;

export function sodiumWasmAsFile(): Plugin {
  return {
    name: 'sodium-wasm-as-file',
    apply: 'build',
    transform(code, id) {
      if (!/libsodium-sumo\.mjs$/.test(id)) return null;
      const wasm = code.match(BASE64_WASM);
      const factory = code.match(FACTORY);
      if (!wasm || !factory) this.error('libsodium layout changed: cannot move its wasm to a file');
      const bytes = Buffer.from(wasm[1]!, 'base64');
      const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.wasm`;
      this.emitFile({ type: 'asset', fileName: `assets/${name}`, source: bytes });
      const arg = factory[2]!;
      // Emscripten's own hook: instantiate from the file (streaming where the browser can).
      const hook =
        `${arg}.instantiateWasm??=(imports,done)=>{const url=new URL("./"+${JSON.stringify(name)},import.meta.url);` +
        `(WebAssembly.instantiateStreaming?WebAssembly.instantiateStreaming(fetch(url),imports):Promise.reject(0))` +
        `.catch(()=>fetch(url).then(r=>r.arrayBuffer()).then(b=>WebAssembly.instantiate(b,imports)))` +
        `.then(r=>done(r.instance,r.module));return{}};`;
      return { code: code.replace(FACTORY, (m) => m + hook).replace(BASE64_WASM, '""'), map: null };
    },
  };
}
