// The integrity history: a noted unlock report is kept as a record and said again, as it was, in
// the history view and the packet's integrity-history.txt; a damaged stored note never breaks it.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../../src/vault', () => import('../fake-vault'));
const { repository } = await import('../fake-vault');
const { listNotes, noteReport, readNote } = await import('../../../../src/features/journal/record/integrityLog');
const { historyText, noteLines } = await import('../../../../src/features/journal/record/integrityText');

const report = {
  damaged: 2, brokenFiles: 1, upgraded: false,
  attempts: { count: 6, lastAt: 1, times: [] },
  integrity: { missing: { 'journal-version': 1 }, rolledBack: {}, unlisted: {}, indexDamaged: true },
};

describe('the integrity history', () => {
  it('keeps a noted report and says it again, loss first, never "nothing was deleted"', async () => {
    expect(await listNotes()).toEqual([]);
    await noteReport(report as never, Date.UTC(2026, 11, 1, 9));
    const [note] = await listNotes();
    const lines = noteLines(note!);
    expect(lines).toEqual([
      '6 failed attempts to open it.',
      'Missing: 1 journal entries or amendments. They were saved, and are no longer on this device.',
      'The sealed list that guards your records was removed or altered, so changes to them cannot all be checked.',
      'Saved items that could not be read: 2.',
      'Photos or files with parts missing: 1.',
    ]);
    const now = { fingerprint: `2-${'b'.repeat(64)}`, versions: 3, parts: { journal: 'c'.repeat(64), letters: [], plan: ['d'.repeat(64)], person: [], attachments: [] } };
    const shared = { at: Date.UTC(2026, 10, 20, 9), ...now };
    const text = historyText(now, [shared], [note!]);
    expect(text).toContain(`Fingerprint of everything saved when this packet was made: 2-${'b'.repeat(64)}`);
    expect(text).toContain(`journal ${'c'.repeat(64)}; letters —; safety plan ${'d'.repeat(64)}`);
    expect(text).toContain('Missing: 1 journal entries or amendments.');
    expect(text).toContain('not all of its storage put back to an earlier copy');
    expect(text).not.toMatch(/nothing was deleted/i);
  });

  it('a stored note of the wrong shape is left out or read safely, never thrown on', async () => {
    expect(readNote(null)).toBeNull();
    expect(readNote({ at: 'yesterday' })).toBeNull();
    expect(readNote({ at: 5, missing: { letter: 'many', plan: 2 }, damaged: -Infinity })).toEqual({
      at: 5, missing: { plan: 2 }, rolledBack: {}, unlisted: {}, indexDamaged: false, damaged: 0, brokenFiles: 0, attempts: 0,
    });
    await repository('integrity-note').put({ nonsense: true });
    expect((await listNotes()).every((n) => n.at > 0)).toBe(true);
  });
});
