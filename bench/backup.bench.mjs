// Backup figures: export and import (check + apply) of a vault with 10,000 entries and 100
// photos (~200 MB), at the default Argon2id cost, measured in the page. Import goes into a fresh
// vault each time (replace), so every byte is written. MB/s = file size / wall time.
import { keepExportedBackup, median, round } from './harness.mjs';

export default async function backupBench({ benchURL, passphrase, launch, sized }) {
  const [ENTRIES, PHOTOS, RUNS] = [sized(10_000, 100), sized(100, 2), sized(3, 1)];
  const session = await launch();
  const { page } = session;
  try {
    await page.goto(benchURL);
    await page.waitForFunction(() => window.bench?.ready);
    const seeded = await page.evaluate(async ({ p, entries, photos }) => {
      const { vault, repository, blobs } = window.bench;
      await vault.create(p);
      const repo = repository('bench-entry');
      const t0 = performance.now();
      for (let i = 0; i < entries; i += 100) {
        await Promise.all(Array.from({ length: Math.min(100, entries - i) }, (_, j) => repo.put({
          occurredAt: Date.now() - (i + j) * 3_600_000, channels: ['text', 'call'],
          what: `Entry ${i + j}: called from a blocked number, then texted twice asking where I was.`,
          exactWords: 'You know you cannot ignore me forever', where: 'Home', witnesses: [{ name: 'A. N.', contact: '' }],
          police: { contacted: false, officer: '', badge: '', reportNumber: '' }, impact: 'Scared to go out.',
        })));
      }
      const t1 = performance.now();
      let bytes = 0;
      for (let i = 0; i < photos; i++) {
        // Photo-sized and incompressible, like JPEG: 0.5 to 3.5 MB.
        const size = 500_000 + ((i * 37) % 100) * 30_000;
        const data = new Uint8Array(size);
        for (let o = 0; o < size; o += 65536) crypto.getRandomValues(data.subarray(o, o + 65536));
        await blobs.put(new Blob([data], { type: 'image/jpeg' }), `photo-${i}.jpg`);
        bytes += size;
      }
      return { entriesMs: t1 - t0, photosMs: performance.now() - t1, photoBytes: bytes };
    }, { p: passphrase, entries: ENTRIES, photos: PHOTOS });

    const exports = [];
    for (let run = 0; run < RUNS; run++) {
      exports.push(await page.evaluate(async (p) => {
        const t0 = performance.now();
        window.benchBackup = await window.bench.backup.export({ passphrase: p });
        return { ms: performance.now() - t0, size: window.benchBackup.size };
      }, passphrase));
    }
    // The last export is the file imported: kept out of the erase's reach first.
    await page.evaluate(keepExportedBackup, 'benchBackup');
    const imports = [];
    for (let run = 0; run < RUNS; run++) {
      imports.push(await page.evaluate(async (p) => {
        const { vault, backup, repository } = window.bench;
        await vault.eraseAll(p);
        await vault.create(p);
        const t0 = performance.now();
        // A new, empty vault (a restore on a new phone): its own passphrase is not asked again.
        const checked = await backup.check(window.benchBackup, p, null);
        const t1 = performance.now();
        const report = await checked.apply('replace');
        const t2 = performance.now();
        const restored = (await repository('bench-entry').list()).length;
        return { checkMs: t1 - t0, applyMs: t2 - t1, added: report.added, restored };
      }, passphrase));
    }
    const size = exports[0].size;
    const mb = size / 1e6;
    const exportMs = median(exports.map((e) => e.ms));
    const importMs = median(imports.map((i) => i.checkMs + i.applyMs));
    return {
      backupFileMB: round(mb),
      photoMB: round(seeded.photoBytes / 1e6),
      seed10kEntriesMs: round(seeded.entriesMs),
      seed100PhotosMs: round(seeded.photosMs),
      exportMs: round(exportMs),
      exportMBps: round(mb / (exportMs / 1000)),
      importCheckMs: round(median(imports.map((i) => i.checkMs))),
      importApplyMs: round(median(imports.map((i) => i.applyMs))),
      importMs: round(importMs),
      importMBps: round(mb / (importMs / 1000)),
      goalMBps: 50,
      entriesRestored: imports.at(-1).restored,
      itemsRestored: imports.at(-1).added,
    };
  } finally {
    await session.close();
  }
}
