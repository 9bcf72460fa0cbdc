// The pure parts of printing every script: which Noto slice holds a character, the runs of one
// font and direction in visual order, and emoji names. Expected values worked out by hand.
import { describe, expect, it } from 'vitest';
import { faceOf, facesFor, parseRanges } from '../../../../src/features/journal/packet/scriptFaces';
import { shaperText, visualRuns } from '../../../../src/features/journal/packet/textRuns';
import { withEmojiNames } from '../../../../src/features/journal/packet/emojiNames';
import { woffToSfnt } from '../../../../src/features/journal/packet/woff';
import { readFileSync } from 'node:fs';

// A stand-in for fonts: Latin "L", Hebrew "H", Arabic "A".
const fontOf = (cp: number) => (cp >= 0x590 && cp <= 0x5ff ? 'H' : cp >= 0x600 && cp <= 0x6ff ? 'A' : 'L');
const has = (font: string, cp: number) => font === fontOf(cp) || cp === 0x20;
const show = (line: string) => visualRuns(line, fontOf, has).map((r) => `${r.font}${r.rtl ? '<' : '>'}${r.text}`);

describe('runs in visual order', () => {
  it('keeps a left-to-right line with a Hebrew word in place, the word right to left', () => {
    expect(show('abc שלום def')).toEqual(['L>abc ', 'H<שלום', 'L> def']);
  });

  it('puts a right-to-left paragraph\'s Latin word on the left', () => {
    // Base direction from the first strong letter (Hebrew): the English word is read last, so it stands leftmost.
    expect(show('שלום abc')).toEqual(['L>abc', 'H<שלום ']);
  });

  it('keeps two Arabic words and their space in one run, and reverses neutral runs between them', () => {
    expect(show('I said سأراك قريبا ok')).toEqual(['L>I said ', 'A<سأراك قريبا', 'L> ok']);
    expect(shaperText({ text: '(!', font: 'L', rtl: true })).toBe('!)');
    expect(shaperText({ text: 'سأراك', font: 'A', rtl: true })).toBe('سأراك');
  });
});

describe('Noto slices', () => {
  it('parses unicode-range lists', () => {
    expect(parseRanges('U+5d0-5ea,U+20aa')).toEqual([[0x5d0, 0x5ea], [0x20aa, 0x20aa]]);
  });

  it('finds Hebrew, Arabic, Hangul, Han and emoji in their packages and says what none holds', () => {
    expect(faceOf(0x5e9)?.file).toBe('noto-sans-hebrew-hebrew-400-normal.woff');
    expect(faceOf(0x633)?.file).toBe('noto-sans-arabic-arabic-400-normal.woff');
    expect(faceOf(0xbcf4)?.file).toMatch(/^noto-sans-kr-\d+-400-normal\.woff$/);
    expect(faceOf(0x6211)?.file).toMatch(/^noto-sans-sc-\d+-400-normal\.woff$/);
    expect(faceOf(0x1f52a)?.file).toMatch(/^noto-emoji-\d+-400-normal\.woff$/);
    const latin = (cp: number) => cp < 0x250;
    const { faces, missing } = facesFor('Hi שלום สวัสดี', latin);
    expect(faces.map((f) => f.script)).toEqual(['hebrew']);
    expect(missing).toEqual(['ส', 'ว', 'ั', 'ด', 'ี']);
  });

  it('turns a WOFF into the sfnt it was made from', () => {
    const woff = readFileSync('node_modules/@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff');
    const sfnt = woffToSfnt(new Uint8Array(woff));
    const view = new DataView(sfnt.buffer);
    expect(view.getUint32(0)).toBe(0x00010000); // TrueType outlines
    // The length the WOFF header says the sfnt has.
    expect(sfnt.length).toBe(new DataView(woff.buffer, woff.byteOffset).getUint32(16));
  });
});

describe('emoji names', () => {
  const names = new Map([['❤', 'red heart'], ['🔪', 'kitchen knife']]);
  it('names each emoji of a group after the group, once', () => {
    expect(withEmojiNames("I'll see you soon ❤️🔪", names)).toBe("I'll see you soon ❤️🔪 [red heart] [kitchen knife]");
    expect(withEmojiNames("soon ❤️🔪 [red heart] [kitchen knife]", names)).toBe('soon ❤️🔪 [red heart] [kitchen knife]');
    expect(withEmojiNames('a 🔪 b ❤️', names)).toBe('a 🔪 [kitchen knife] b ❤️ [red heart]');
    expect(withEmojiNames('© 2026 ™', names)).toBe('© 2026 ™');
  });
});

describe('exhibit pictures', () => {
  it('prints a 1170×2532 phone screenshot across the full text width, over two pages, its smallest text at 9 pt or more', async () => {
    const { imageSlices, PAGE } = await import('../../../../src/features/journal/packet/pdfWriter');
    const width = PAGE.width - 2 * PAGE.margin; // 504 pt of text width on US Letter
    const page = PAGE.height - 2 * PAGE.margin - PAGE.footer; // 654 pt
    // 2532 px at 504/1170 pt a px: 1090.7 pt, split 400 (what is left of the page) + 654 + 36.7.
    const slices = imageSlices(1170, 2532, width, 400, page);
    expect(slices.map((s) => Math.round(s.height * 10) / 10)).toEqual([400, 654, 36.7]);
    expect(slices[0]!.newPage).toBe(false);
    // iOS's smallest text (caption 2, 11 pt) is 33 px tall on a 3× screen: printed at 14.2 pt.
    expect((33 * width) / 1170).toBeGreaterThanOrEqual(9);
    // Too little room left (less than a fifth of a page): the picture starts on a new page.
    expect(imageSlices(1170, 2532, width, 100, page)[0]!.newPage).toBe(true);
  });
});

describe('page 1 summary', () => {
  it('counts each contact once by way of contact, per week, at night, and finds the firsts, effect, witnesses and police reports', async () => {
    const { caseSummary } = await import('../../../../src/features/journal/packet/caseSummary');
    const { emptyEntry } = await import('../../../../src/features/journal/model');
    // Mon 2026-11-02 12:00 UTC is 07:00 in New York (UTC−5).
    const MON = Date.UTC(2026, 10, 2, 12, 0);
    const DAY = 86_400_000;
    const e = (at: number, patch: Partial<ReturnType<typeof emptyEntry>>) => ({ data: { ...emptyEntry(at), zone: 'America/New_York', ...patch } });
    const entries = [
      e(MON, { channels: ['text', 'threats'], times: 2, impact: 'I could not sleep' }),
      // 04:00 UTC on Wednesday is 23:00 on Tuesday in New York: at night.
      e(MON + 2 * DAY - 8 * 3600_000, { channels: ['call'], times: 3, witnesses: [{ name: 'Sam', contact: '' }] }),
      // Three weeks later, Monday 20:00 New York: not night.
      e(MON + 21 * DAY + 13 * 3600_000, { channels: ['in-person'], times: 1, police: { contacted: true, officer: 'Lee', badge: '42', reportNumber: 'R-7' } }),
      e(MON + 21 * DAY + 14 * 3600_000, { channels: ['text', 'threats'], times: 4 }),
    ];
    const c = caseSummary(entries, 'UTC', null);
    // text+threats: 2 + 4 = 6; call 3; in person 1: 10 contacts, as many as the entries hold.
    expect(c.byWay).toEqual([{ channels: ['text', 'threats'], contacts: 6 }, { channels: ['call'], contacts: 3 }, { channels: ['in-person'], contacts: 1 }]);
    // First week: 2 + 3 = 5; the fourth week: 1 + 4 = 5.
    expect(c.weekly).toEqual({ first: 5, last: 5, weeks: 4 });
    expect(c.atNight).toBe(3);
    expect(c.firstThreat).toBe(MON);
    expect(c.firstInPerson).toBe(MON + 21 * DAY + 13 * 3600_000);
    expect(c.effects).toEqual([{ at: MON, text: 'I could not sleep' }]);
    expect(c.witnesses).toEqual(['Sam']);
    expect(c.police).toEqual([{ at: MON + 21 * DAY + 13 * 3600_000, number: 'R-7', officer: 'Lee', badge: '42' }]);
  });
});
