// The one file hand-over: the share sheet on a touch device or installed app that can share
// files (called at once, from the tap), a download elsewhere or when sharing is refused.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VNode } from 'preact';
import { deliver, saveFile, sharesFiles } from '../../src/ui/download';
import { ShareNow } from '../../src/ui/ShareNow';

function environment({ coarse, canShare, share }: { coarse: boolean; canShare: boolean; share?: () => Promise<void> }) {
  const clicks: string[] = [];
  vi.stubGlobal('matchMedia', (q: string) => ({ matches: coarse && q === '(pointer: coarse)' }));
  vi.stubGlobal('navigator', { canShare: () => canShare, share: vi.fn(share ?? (() => Promise.resolve())) });
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }));
  vi.stubGlobal('document', {
    createElement: () => ({ click() { clicks.push((this as unknown as { download: string }).download); }, remove() {} }),
    body: { append() {} },
  });
  return { clicks, nav: navigator as unknown as { share: ReturnType<typeof vi.fn> } };
}

afterEach(() => vi.unstubAllGlobals());

describe('saveFile', () => {
  it('shares on a touch device that can share files, synchronously, and downloads nothing', () => {
    const { clicks, nav } = environment({ coarse: true, canShare: true });
    saveFile(new Blob(['x']), 'documents-2026-01-05.zip');
    expect(nav.share).toHaveBeenCalledTimes(1);
    expect((nav.share.mock.calls[0]![0] as { files: File[] }).files[0]!.name).toBe('documents-2026-01-05.zip');
    expect(clicks).toEqual([]);
  });

  it('downloads on a desktop even where sharing exists, and where files cannot be shared', () => {
    const desktop = environment({ coarse: false, canShare: true });
    expect(sharesFiles()).toBe(false);
    saveFile('text', 'note.txt');
    expect(desktop.nav.share).not.toHaveBeenCalled();
    expect(desktop.clicks).toEqual(['note.txt']);
    const noFiles = environment({ coarse: true, canShare: false });
    saveFile('text', 'note.txt');
    expect(noFiles.clicks).toEqual(['note.txt']);
  });

  it('falls back to a download when sharing is refused, but not when the person cancels', async () => {
    const refused = environment({ coarse: true, canShare: true, share: () => Promise.reject(Object.assign(new Error('no'), { name: 'NotAllowedError' })) });
    saveFile('a', 'a.txt');
    await vi.waitFor(() => expect(refused.clicks).toEqual(['a.txt']));
    const cancelled = environment({ coarse: true, canShare: true, share: () => Promise.reject(Object.assign(new Error('no'), { name: 'AbortError' })) });
    saveFile('b', 'b.txt');
    await (cancelled.nav.share.mock.results[0]!.value as Promise<void>).catch(() => undefined);
    await Promise.resolve(); // the handler chained on the rejection has run
    expect(cancelled.clicks).toEqual([]);
  });
});

// A file made after slow work (backup, packet, report page, a decrypted original): the tap that
// started it can no longer open the share sheet, so sharing waits for the second tap.
describe('deliver, then the second tap', () => {
  const made = () => new File(['zip bytes'], 'backup-2026-01-05.bin', { type: 'application/octet-stream' });
  const tap = (file: File | null) => (ShareNow({ file }) as VNode<{ onClick(): void }> | null)?.props.onClick();

  it('on a phone that can share files, shares on the second tap only, and downloads nothing', () => {
    const { clicks, nav } = environment({ coarse: true, canShare: true });
    const file = made();
    const pending = deliver(file);
    expect(pending).toBe(file);
    expect(nav.share).not.toHaveBeenCalled();
    expect(clicks).toEqual([]);
    tap(pending);
    expect(nav.share).toHaveBeenCalledTimes(1);
    expect((nav.share.mock.calls[0]![0] as { files: File[] }).files[0]!.name).toBe('backup-2026-01-05.bin');
    expect(clicks).toEqual([]);
  });

  it('downloads at once where files are not shared, and offers no second tap', () => {
    const desktop = environment({ coarse: false, canShare: true });
    expect(deliver(made())).toBeNull();
    expect(desktop.clicks).toEqual(['backup-2026-01-05.bin']);
    expect(desktop.nav.share).not.toHaveBeenCalled();
    expect(ShareNow({ file: null })).toBeNull();
    const noFiles = environment({ coarse: true, canShare: false });
    expect(deliver(made())).toBeNull();
    expect(noFiles.clicks).toEqual(['backup-2026-01-05.bin']);
    expect(noFiles.nav.share).not.toHaveBeenCalled();
  });
});
