// Years of records: one vault with 10,000 entries and 1 GB of video evidence (ten 100 MB
// videos), timed with the peak memory of each step: unlock → list (the real app), opening and
// playing one video, backup export and import. Memory: see memory.mjs (page JS heap and ArrayBuffers from CDP,
// and the PSS of every Chromium process). Bounded means: far below one video (100 MB), let alone
// the vault (1 GB). YEARS_ENTRIES / YEARS_VIDEOS / YEARS_VIDEO_MB shrink it for a quick try (--smoke shrinks it further).
import { keepExportedBackup, median, round } from './harness.mjs';
import { seed as seedEntries, unlockToList } from './journal.bench.mjs';
import { withMemory } from './memory.mjs';


/**
 * In the bench page: a real one-second WebM (MediaRecorder, VP8) padded to `bytes` with an EBML
 * Void element (players skip it), stored through the journal's own evidence path, one 1 MB slice
 * at a time. The padding repeats one random megabyte: the vault encrypts every chunk anyway.
 */
async function seedVideos(page, count, bytes) {
  return page.evaluate(async ({ count, bytes }) => {
    const { journal } = window.bench;
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 240;
    const g = canvas.getContext('2d');
    const stream = canvas.captureStream(30);
    const recorder = new MediaRecorder(stream, { mimeType: 'video/webm;codecs=vp8' });
    const pieces = [];
    recorder.ondataavailable = (e) => pieces.push(e.data);
    let frame = 0;
    const draw = setInterval(() => {
      g.fillStyle = `hsl(${(frame++ * 12) % 360} 60% 50%)`;
      g.fillRect(0, 0, 320, 240);
    }, 33);
    recorder.start();
    await new Promise((r) => setTimeout(r, 1000));
    await new Promise((r) => { recorder.onstop = r; recorder.stop(); });
    clearInterval(draw);
    const webm = new Blob(pieces, { type: 'video/webm' });
    const mega = new Uint8Array(1_000_000);
    for (let o = 0; o < mega.length; o += 65536) crypto.getRandomValues(mega.subarray(o, o + 65536));
    const refs = [];
    const t0 = performance.now();
    for (let v = 0; v < count; v++) {
      // Void: ID 0xEC, then an 8-byte size (0x01 and 7 bytes, big-endian).
      const padding = bytes - webm.size - 9;
      const head = new Uint8Array(9);
      head[0] = 0xec;
      head[1] = 0x01;
      for (let i = 0, n = padding; i < 7; i++, n = Math.floor(n / 256)) head[8 - i] = n % 256;
      const parts = [webm, head];
      for (let left = padding; left > 0; left -= mega.length) parts.push(left >= mega.length ? mega : mega.subarray(0, left));
      const file = new File(parts, `VID_${2000 + v}.webm`, { type: 'video/webm' });
      refs.push(await journal.addEvidence(file));
    }
    return { ms: performance.now() - t0, refs, clipBytes: webm.size };
  }, { count, bytes });
}

/**
 * In the real app, with its service worker in control: toVideoEntry finds the entry holding video
 * `n` by search and opens it; openAndPlay taps Open, then plays until frames advance. The viewer streams the video
 * from the vault through the worker (issue 16), so nothing the size of the file is decrypted.
 */
async function toVideoEntry(page, baseURL, passphrase, n) {
  await page.goto(baseURL);
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active && navigator.serviceWorker.controller));
  await unlockToList(page, baseURL, passphrase);
  await page.getByRole('searchbox').fill(videoText(n));
  await page.locator('.entry-row').filter({ hasText: videoText(n) }).click();
  await page.getByRole('button', { name: new RegExp(`^Open VID_${2000 + n}`) }).waitFor();
}

async function openAndPlay(page, baseURL, n) {
  return page.evaluate(async ({ base, label }) => {
    const t0 = performance.now();
    [...document.querySelectorAll('button')].find((b) => b.textContent.startsWith(label)).click();
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    let video;
    while (!(video = document.querySelector('video.viewer-video'))) await frame();
    video.muted = true;
    await video.play();
    const started = performance.now();
    await new Promise((resolve) => {
      const check = () => (video.currentTime > 0.2 ? resolve() : video.requestVideoFrameCallback(check));
      video.requestVideoFrameCallback(check);
    });
    const playing = performance.now();
    return { openMs: started - t0, firstPlayMs: playing - t0, streamed: video.src.startsWith(`${base}files/`), playedS: video.currentTime, width: video.videoWidth };
  }, { base: baseURL, label: `Open VID_${2000 + n}` });
}

const videoText = (n) => `Doorbell video ${n}`;

/**
 * The export as the app makes it: where OPFS is there (Chromium), the worker writes the file to
 * disk and the page gets a disk-backed File (issue 16). That copy (src/vault/backup/copy.ts's
 * file.tmp) goes when the vault is erased, so for the import step below it is moved aside in
 * OPFS (harness.mjs's keepExportedBackup, outside the export's timing).
 */
async function exportBackup(page, passphrase) {
  const out = await page.evaluate(async (p) => {
    const t0 = performance.now();
    window.yearsBackup = await window.bench.backup.export({ passphrase: p });
    return { ms: performance.now() - t0, size: window.yearsBackup.size };
  }, passphrase);
  return { ...out, fromDisk: await page.evaluate(keepExportedBackup, 'yearsBackup') };
}

/** Into a fresh vault (a new phone), so every byte is written again. */
async function importBackup(page, passphrase) {
  await page.evaluate(async (p) => {
    await window.bench.vault.eraseAll(p);
    await window.bench.vault.create(p);
  }, passphrase);
  return page.evaluate(async (p) => {
    const { backup, journal } = window.bench;
    const t0 = performance.now();
    const checked = await backup.check(window.yearsBackup, p, null);
    const t1 = performance.now();
    const report = await checked.apply('replace');
    const t2 = performance.now();
    window.yearsBackup = null;
    await window.bench.vault.lock();
    await window.bench.vault.unlock(p);
    const restored = (await journal.loadJournal()).entries.length;
    return { checkMs: t1 - t0, applyMs: t2 - t1, added: report.added, restored };
  }, passphrase);
}

/** A fresh browser on the same profile: each step starts from a clean process, not the last one's garbage. */
async function reopen(launch, session) {
  await session.close({ keepProfile: true });
  return launch({ profileDir: session.profileDir });
}

async function openBenchPage(page, benchURL, passphrase) {
  await page.goto(benchURL);
  await page.waitForFunction(() => window.bench?.ready);
  await page.evaluate((p) => window.bench.vault.unlock(p), passphrase);
}

export default async function yearsBench({ baseURL, benchURL, passphrase, launch, sized }) {
  const ENTRIES = sized(Number(process.env.YEARS_ENTRIES ?? 10_000), 50);
  const VIDEOS = sized(Number(process.env.YEARS_VIDEOS ?? 10), 1);
  const VIDEO_BYTES = sized(Number(process.env.YEARS_VIDEO_MB ?? 100), 3) * 1e6;
  const out = { entries: ENTRIES, videos: VIDEOS, videoMB: VIDEO_BYTES / 1e6, memoryNote: 'pageHeap: CDP Runtime.getHeapUsage usedSize + backingStorageSize (page main thread, ArrayBuffers included); workerHeaps: the same, summed over the vault worker and the service worker; browserPss: /proc PSS summed over every Chromium process of the profile (page, vault worker, Blob storage); each step in a freshly started browser' };
  let session = await launch();
  try {
    const t0 = Date.now();
    await seedEntries(session.page, benchURL, passphrase, ENTRIES, 0);
    out.seedEntriesMs = Date.now() - t0;
    const videos = await withMemory(session.page, session.profileDir, () => seedVideos(session.page, VIDEOS, VIDEO_BYTES));
    out.seedVideos = { ms: round(videos.ms), MBps: round((VIDEOS * VIDEO_BYTES) / 1e6 / (videos.ms / 1000)), memory: videos.memory };
    // Ten of the entries hold a video each.
    await session.page.evaluate(async ({ refs, texts }) => {
      const { journal } = window.bench;
      const text = (i) => texts[i];
      const entries = (await journal.loadJournal()).entries;
      for (let i = 0; i < refs.length; i++) {
        const entry = entries[Math.floor((i * entries.length) / refs.length)];
        await journal.saveEntry({ ...entry.current, what: text(i), evidence: [refs[i]] }, entry.id);
      }
    }, { refs: videos.refs, texts: videos.refs.map((_, i) => videoText(i)) });


    session = await reopen(launch, session);
    await openBenchPage(session.page, benchURL, passphrase);
    const exported = await withMemory(session.page, session.profileDir, () => exportBackup(session.page, passphrase));
    out.exportBackup = { ms: round(exported.ms), fileMB: round(exported.size / 1e6), MBps: round(exported.size / 1e6 / (exported.ms / 1000)), opfsFile: exported.fromDisk, memory: exported.memory };
    // The file just made is the one imported (it stays in this browser, so this step does not start fresh).
    const imported = await withMemory(session.page, session.profileDir, () => importBackup(session.page, passphrase));
    out.importBackup = {
      checkMs: round(imported.checkMs), applyMs: round(imported.applyMs), MBps: round(exported.size / 1e6 / ((imported.checkMs + imported.applyMs) / 1000)),
      itemsAdded: imported.added, entriesRestored: imported.restored, memory: imported.memory,
    };

    // The real app, through its lock screen, on the restored vault. The first open also loads
    // the app and starts its service worker; the median of three is the everyday case.
    session = await reopen(launch, session);
    const runs = [];
    for (let i = 0; i < sized(3, 1); i++) runs.push(await withMemory(session.page, session.profileDir, () => unlockToList(session.page, baseURL, passphrase)));
    out.unlockToList = {
      clickToListMs: round(median(runs.map((r) => r.clickToListMs))), unlockedToListMs: round(median(runs.map((r) => r.unlockedToListMs))),
      firstClickToListMs: round(runs[0].clickToListMs), rowsInDom: runs[0].rows,
      memory: { pageHeapPeakMB: Math.max(...runs.map((r) => r.memory.pageHeapPeakMB)), browserPssPeakMB: Math.max(...runs.map((r) => r.memory.browserPssPeakMB)), browserPssStartMB: runs[0].memory.browserPssStartMB },
    };
    // Last: once the app's service worker controls this profile it serves the app for every page, the bench page too.
    session = await reopen(launch, session);
    await toVideoEntry(session.page, baseURL, passphrase, 0);
    const play = await withMemory(session.page, session.profileDir, () => openAndPlay(session.page, baseURL, 0));
    out.openVideo = { openToPlayingMs: round(play.openMs), openToFramesMs: round(play.firstPlayMs), sizeMB: round(VIDEO_BYTES / 1e6), streamed: play.streamed, played: play.playedS > 0 && play.width > 0, memory: play.memory };
    out.totalMs = Date.now() - t0;
  } finally {
    await session.close();
  }
  return out;
}
