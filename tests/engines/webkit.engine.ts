// The everyday flows in WebKitGTK (the engine of every iPhone browser), plus WebKit's own
// problems: Back into the app after an ordinary navigation, and the manifest under the CSP.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWebKit, startWebKitHost, type WebKitDriver, type WebKitHost } from './webkit';
import { serveApp, serveNeutral, type AppServer } from './server';
import { webkitConsole } from './webkit-console';
import { reporting, waitText } from './driver';
import * as flow from './flows';
import { playStreamedVideo } from './stream-flow';
import { duressUnderNotes, logWhileLocked } from './disguise-flow';

let server: AppServer;
let neutral: Awaited<ReturnType<typeof serveNeutral>>;
let host: WebKitHost;
let tmp: string;
let driver: WebKitDriver | undefined;

beforeAll(async () => {
  server = await serveApp();
  neutral = await serveNeutral();
  host = await startWebKitHost();
  tmp = mkdtempSync(join(tmpdir(), 'engine-webkit-files-'));
});
afterEach(async () => {
  await server.start();
  await driver?.close();
  driver = undefined;
});
afterAll(async () => {
  await host?.stop();
  await server.stop();
  await neutral.stop();
  rmSync(tmp, { recursive: true, force: true });
});

/** WebKitGTK decodes VP8 WebM through GStreamer's matroska and vpx plugins (gstreamer1.0-plugins-good). */
const WEBKIT_PLAYS_WEBM = true;

async function open(): Promise<WebKitDriver> {
  return (driver = await launchWebKit(host));
}

describe('WebKitGTK', () => {
  it('setup, photo entry, Log again, wrong passphrase, reload, letter, plan, court packet, export, duress under Notes, log while locked, Quick exit and Back, offline reload', async () => {
    const d = await open();
    await reporting(d, async () => {
      await flow.createVault(d, server.url);
      await flow.dismissNotices(d);
      await flow.everyday(d, tmp);
      await flow.keepDownloads(d);
      flow.checkPacket(await flow.makePacket(d, flow.keptDownload(d, flow.PACKET_FILE)), tmp);
      const backup = await flow.exportBackup(d, flow.keptDownload(d, flow.BACKUP_FILE));
      writeFileSync(join(tmp, 'webkit.daybook'), backup);
      // WebKitGTK has no navigator.storage: Settings says so rather than showing nothing.
      await waitText(d, 'This browser does not say how much space is used or free.');
      // After the backup is taken, so the import test below restores the everyday vault only.
      await duressUnderNotes(d);
      await logWhileLocked(d);

      await flow.quickExitAndBack(d, server.url, neutral.url);

      await flow.offlineReload(d, server);
    });
  });

  it('imports that backup in a fresh browser, photo included', async () => {
    const d = await open();
    await reporting(d, async () => {
      await flow.createVault(d, server.url);
      await flow.dismissNotices(d);
      await flow.importBackup(d, join(tmp, 'webkit.daybook'));
      await flow.unlockToJournal(d);
      await flow.checkPhoto(d);
    });
  });

  // This hung WebKitGTK for good (the page stuck "loading", its WebDriver unanswered) while the
  // server sent Cross-Origin-Opener-Policy: same-origin: a plain page with only that header hangs
  // the same way on Back after a cross-site navigation. The app's server no longer sends it.
  it('comes back from Back after an ordinary navigation, locked (back/forward cache)', async () => {
    const d = await open();
    await flow.createVault(d, server.url);
    await flow.dismissNotices(d);
    await flow.writeEntryWithPhoto(d, tmp);
    await flow.leaveAndBack(d, server.url, neutral.url);
  });

  // WebKit builds without web-app manifests (WebKitGTK) do not know manifest-src: with it, WebKit
  // reported the app's CSP as broken ("Unrecognized Content-Security-Policy directive
  // 'manifest-src'"), and under default-src 'none' a manifest would have had no source allowed.
  it('understands the whole CSP and refuses nothing the app loads; the manifest is served, its name readable', async () => {
    const { lines, requests } = await webkitConsole(host, server.url, /sw\.js/);
    expect(requests[0]).toBe('/');
    expect(lines.filter((line) => /SECURITY|Content-Security-Policy|Refused/.test(line))).toEqual([]);
    const d = await open();
    await d.goto(server.url);
    const manifest = await d.run<{ name: string; display: string; violations: string[] }>(`async () => {
      const violations = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective + ' ' + e.blockedURI));
      const href = document.querySelector('link[rel=manifest]').href;
      const { name, display } = await (await fetch(href)).json();
      return { name, display, violations };
    }`);
    expect(manifest).toEqual({ name: 'Daybook', display: 'standalone', violations: [] });
  });

  it('plays a video from the vault through the service worker, with Range requests', async () => {
    const d = await open();
    await reporting(d, async () => {
      await flow.createVault(d, server.url);
      await playStreamedVideo(d, tmp, WEBKIT_PLAYS_WEBM);
    });
  });
});
