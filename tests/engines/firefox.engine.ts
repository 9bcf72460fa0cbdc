// The everyday flows in Firefox ESR, plus Firefox's own problem: a storage permission prompt
// that is never answered must not hold back the storage notice.
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchFirefox, type FirefoxDriver } from './firefox';
import { serveApp, serveNeutral, type AppServer } from './server';
import { find, reporting, waitText } from './driver';
import * as flow from './flows';
import { playStreamedVideo } from './stream-flow';
import { duressUnderNotes, logWhileLocked } from './disguise-flow';

let server: AppServer;
let neutral: Awaited<ReturnType<typeof serveNeutral>>;
let tmp: string;
let driver: FirefoxDriver | undefined;

beforeAll(async () => {
  server = await serveApp();
  neutral = await serveNeutral();
  tmp = mkdtempSync(join(tmpdir(), 'engine-firefox-files-'));
});
afterEach(async () => {
  await server.start();
  await driver?.close();
  driver = undefined;
});
afterAll(async () => {
  await server.stop();
  await neutral.stop();
  rmSync(tmp, { recursive: true, force: true });
});

/**
 * A finished download named like `name` in the profile's download folder. Firefox creates the
 * file under its final name empty at the start and writes into "<name>.<random>.part" beside
 * it, renamed over it at the end: the file is whole only once no .part is left. (Reading the
 * empty file was the import test's flake: a backup "not from this app", and no Confirm.)
 */
function downloaded(d: FirefoxDriver, name: RegExp): () => Promise<Buffer | null> {
  return async () => {
    const files = readdirSync(d.downloads);
    const done = files.find((f) => name.test(f));
    if (!done || files.some((f) => f.endsWith('.part'))) return null;
    const bytes = readFileSync(join(d.downloads, done));
    return bytes.length ? bytes : null;
  };
}

/** A fresh Firefox profile for this test; on failure the log says where the page was. */
async function open(): Promise<FirefoxDriver> {
  return (driver = await launchFirefox());
}

describe('Firefox ESR', () => {
  it('setup, photo entry, Log again, wrong passphrase, reload, letter, plan, court packet, export, duress under Notes, log while locked, Quick exit and Back, offline reload', async () => {
    const d = await open();
    await reporting(d, async () => {
    await flow.createVault(d, server.url);
    // The storage notice shows although Firefox's persistence prompt is never answered.
    await find(d, 'button', 'OK', { css: '.notices [data-persist]', timeout: 10_000 });
    await flow.dismissNotices(d);
    await flow.everyday(d, tmp);
    flow.checkPacket(await flow.makePacket(d, downloaded(d, flow.PACKET_FILE)), tmp);
    const backup = await flow.exportBackup(d, downloaded(d, flow.BACKUP_FILE));
    writeFileSync(join(tmp, 'firefox.daybook'), backup);
    await waitText(d, /used by this app, .* free for it on this device\./);
    // After the backup is taken, so the import test below restores the everyday vault only.
    await duressUnderNotes(d);
    await logWhileLocked(d);

    await flow.nav(d, 'Journal');
    await flow.leaveAndBack(d, server.url, neutral.url);
    await flow.quickExitAndBack(d, server.url, neutral.url);

    await flow.offlineReload(d, server);
    });
  });

  it('imports that backup on a fresh profile, photo included', async () => {
    const d = await open();
    await reporting(d, async () => {
      await flow.createVault(d, server.url);
      await flow.dismissNotices(d);
      await flow.importBackup(d, join(tmp, 'firefox.daybook'));
      await flow.unlockToJournal(d);
      await flow.checkPhoto(d);
    });
  });

  it('plays a video from the vault through the service worker, with Range requests', async () => {
    const d = await open();
    await reporting(d, async () => {
      await flow.createVault(d, server.url);
      await playStreamedVideo(d, tmp, true);
    });
  });
});
