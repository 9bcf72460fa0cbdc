// Peak memory while something runs in the page: the page's JS heap with its ArrayBuffers (CDP
// Runtime.getHeapUsage: usedSize + backingStorageSize, the main thread only), the same summed over
// its workers (vault worker, service worker), and the proportional set size (PSS, from /proc) of the
// whole Chromium process tree of one profile: renderer (page and vault worker), browser process
// (where Blob data lives), GPU and utility processes.
import { readFileSync } from 'node:fs';
import { processTree } from './processes.mjs';

const MB = 1e6;

function pssBytes(pids) {
  let kb = 0;
  for (const pid of pids) {
    try {
      kb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Gone meanwhile.
    }
  }
  return kb * 1024;
}

/**
 * The JS heaps (ArrayBuffers included) of the page's workers: the vault's dedicated worker and the
 * service worker, which carry every decrypted chunk. Reached through the page's CDP session
 * (Target.attachToTarget, unflattened: messages go through Target.sendMessageToTarget).
 */
async function workerHeaps(cdp) {
  const sessions = [];
  const { targetInfos } = await cdp.send('Target.getTargets');
  for (const target of targetInfos.filter((t) => t.type === 'worker' || t.type === 'service_worker')) {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false }).catch(() => ({}));
    if (sessionId) sessions.push(sessionId);
  }
  const answers = new Map();
  let next = 1;
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message);
    answers.get(reply.id)?.(reply.result);
  });
  const ask = (sessionId, method = 'Runtime.getHeapUsage') => new Promise((resolve) => {
    const id = next++;
    answers.set(id, resolve);
    setTimeout(() => resolve(null), method === 'Runtime.getHeapUsage' ? 1000 : 10_000);
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).catch(() => resolve(null));
  });
  const read = async () => {
    let bytes = 0;
    for (const sessionId of sessions) {
      const usage = await ask(sessionId);
      bytes += usage ? usage.usedSize + (usage.backingStorageSize ?? 0) : 0;
    }
    return bytes;
  };
  /** What the workers still hold once their garbage is collected (the vault worker's decrypted records). */
  read.afterGc = async () => {
    for (const sessionId of sessions) await ask(sessionId, 'HeapProfiler.collectGarbage');
    return read();
  };
  return read;
}

/** Samples every `everyMs` until stop(); returns the peaks (MB), the level when it started, and what the
 *  page and the workers still hold once their garbage is collected. `live`: each sample of the page's
 *  and the workers' heaps is taken just after collecting its garbage, so its peak is of what is still in use (a heap's
 *  used size otherwise counts garbage V8 has not yet had reason to collect on a 24 GiB machine). */
export async function sampleMemory(page, profileDir, everyMs = 250, live = false) {
  const cdp = await page.context().newCDPSession(page);
  // JSHeapUsedSize leaves out ArrayBuffer contents (decrypted chunks are ArrayBuffers), which
  // Runtime.getHeapUsage reports as backingStorageSize: the page's figure is the sum of both.
  const heap = async () => {
    const usage = await cdp.send('Runtime.getHeapUsage');
    return usage.usedSize + (usage.backingStorageSize ?? 0);
  };
  // Live: the levels it starts from are after a collection too, or garbage left from before would
  // stand as the start (and as the peak).
  if (live) await cdp.send('HeapProfiler.collectGarbage');
  const startHeap = await heap();
  const workerHeap = await workerHeaps(cdp);
  const workers = live ? workerHeap.afterGc : workerHeap;
  const startWorkers = await workers();
  let peakWorkers = startWorkers;
  const startPss = pssBytes(processTree(profileDir));
  let peakHeap = startHeap;
  let peakPss = startPss;
  let samples = 0;
  let running = true;
  // The page and the workers are sampled apart: a worker that is slow to answer (up to a second)
  // would otherwise space out the page's samples.
  const every = () => new Promise((r) => setTimeout(r, everyMs));
  const loop = Promise.all([
    (async () => {
      while (running) {
        // The page's answer can be late while it is busy: a missed sample is skipped, not waited for.
        const h = await Promise.race([(live ? cdp.send('HeapProfiler.collectGarbage').then(heap) : heap()), new Promise((r) => setTimeout(() => r(0), 2000))]).catch(() => 0);
        peakHeap = Math.max(peakHeap, h);
        peakPss = Math.max(peakPss, pssBytes(processTree(profileDir)));
        samples++;
        await every();
      }
    })(),
    (async () => {
      while (running) {
        peakWorkers = Math.max(peakWorkers, await workers());
        await every();
      }
    })(),
  ]);
  return {
    async stop() {
      running = false;
      await loop;
      // What is still held once garbage is collected: a peak made of garbage is not a leak.
      await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
      const afterGc = await heap().catch(() => 0);
      const workersAfterGc = await workerHeap.afterGc().catch(() => 0);
      await cdp.detach().catch(() => undefined);
      const r = (v) => Math.round(v / MB);
      return {
        pageHeapStartMB: r(startHeap), pageHeapPeakMB: r(peakHeap), pageHeapAfterGcMB: r(afterGc),
        workerHeapsStartMB: r(startWorkers), workerHeapsPeakMB: r(peakWorkers), workerHeapsAfterGcMB: r(workersAfterGc),
        browserPssStartMB: r(startPss), browserPssPeakMB: r(peakPss), samples, ...(live ? { live } : {}),
      };
    },
  };
}

/** Runs `work` while sampling; returns its result and the memory figures (`live`: see sampleMemory). */
export async function withMemory(page, profileDir, work, { live = false, everyMs = 250 } = {}) {
  const sampler = await sampleMemory(page, profileDir, everyMs, live);
  try {
    const result = await work();
    return { ...result, memory: await sampler.stop() };
  } catch (error) {
    await sampler.stop();
    throw error;
  }
}
