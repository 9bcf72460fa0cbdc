// The court packet for 1,000 entries and 100 photos, through the real app: time from the tap
// on "Download court packet" to the download, and memory at its peak while it is built (the
// page's JavaScript heap, and the resident memory of all the browser's processes).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { median, round } from './harness.mjs';
import { seed, unlockToList } from './journal.bench.mjs';

const MB = 1024 * 1024;

/** Resident memory (bytes) of every process of this browser profile, read from /proc. */
function browserRss(profileDir) {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profileDir)) continue;
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch { /* the process ended meanwhile */ }
  }
  return total;
}

async function packetRun(page, cdp, profileDir) {
  await page.getByRole('button', { name: 'Export report' }).click();
  const button = page.getByRole('button', { name: 'Download court packet' });
  await page.locator('.report-frame[data-ready="true"]').waitFor({ timeout: 60_000 });
  await cdp.send('HeapProfiler.collectGarbage');
  const heapBase = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const rssBase = browserRss(profileDir);
  let heapPeak = heapBase;
  let rssPeak = rssBase;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      heapPeak = Math.max(heapPeak, (await cdp.send('Runtime.getHeapUsage')).usedSize);
      rssPeak = Math.max(rssPeak, browserRss(profileDir));
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const t0 = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()]);
  const ms = Date.now() - t0;
  sampling = false;
  await sampler;
  const path = await download.path();
  const size = statSync(path).size;
  await page.getByRole('button', { name: 'Back to the journal' }).click();
  await page.locator('.entry-row').first().waitFor();
  return { ms, size, heapPeakMB: (heapPeak - heapBase) / MB, rssPeakMB: (rssPeak - rssBase) / MB };
}

export default async function packetBench({ baseURL, benchURL, passphrase, launch }) {
  const out = { entries: 1_000, photos: 100 };
  const session = await launch();
  try {
    const { page, context, profileDir } = session;
    await seed(page, benchURL, passphrase, 1_000, 100);
    out.largestPhotoMB = round(await page.evaluate(async () => {
      const { journal } = window.bench;
      const j = await journal.loadJournal();
      return Math.max(...j.entries.flatMap((e) => e.current.evidence.map((x) => x.size))) / (1024 * 1024);
    }), 2);
    await unlockToList(page, baseURL, passphrase);
    const cdp = await context.newCDPSession(page);
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await packetRun(page, cdp, profileDir));
    out.packetMs = round(median(runs.map((r) => r.ms)));
    out.packetGoalMs = 10_000;
    out.packetMB = round(runs[0].size / MB, 1);
    out.heapPeakAboveBaseMB = round(Math.max(...runs.map((r) => r.heapPeakMB)), 1);
    out.browserRssPeakAboveBaseMB = round(Math.max(...runs.map((r) => r.rssPeakMB)), 1);
  } finally {
    await session.close();
  }
  return out;
}
