// Text for the PDF: wrapping to a width (words cut only when longer than a line), blank lines
// kept, characters the standard fonts lack replaced and counted, one-line summaries; file names.
import { describe, expect, it } from 'vitest';
import { shorten, toWinAnsi, wrapText } from '../../../../src/features/journal/packet/pdfText';
import { exhibitPath, safeName, sha256Sums } from '../../../../src/features/journal/packet/files';

const chars = (s: string) => s.length; // one unit per character

describe('PDF text', () => {
  it('wraps at word boundaries, cuts only over-long words, and keeps blank lines', () => {
    expect(wrapText('aaa bbb ccc dd', 7, chars)).toEqual(['aaa bbb', 'ccc dd']);
    expect(wrapText('abcdefghij xy', 4, chars)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
    expect(wrapText('one\n\ntwo', 10, chars)).toEqual(['one', '', 'two']);
  });

  it('keeps WinAnsi text (Spanish included), and replaces and counts anything else', () => {
    expect(toWinAnsi('¿Cuándo? “Sí” — 5 €')).toEqual({ text: '¿Cuándo? “Sí” — 5 €', replaced: 0 });
    expect(toWinAnsi('Привет 🙂\nok')).toEqual({ text: '?????? ?\nok', replaced: 7 });
  });

  it('shortens to one line at a word, with an ellipsis', () => {
    expect(shorten('Called  six\ntimes in ten minutes', 20)).toBe('Called six times in…');
    expect(shorten('short', 20)).toBe('short');
  });
});

describe('packet file names', () => {
  it('names originals Exhibit-NN-<name>, safe for paths and for SHA256SUMS lines', () => {
    const ref = { blobId: 'b', name: 'a/b:c\nd.png', type: 'image/png', size: 1, sha256: 'f'.repeat(64), addedAt: 0 };
    expect(exhibitPath({ n: 3, entryNumber: 1, ref }, 12)).toBe('originals/Exhibit-03-a_b_c_d.png');
    expect(exhibitPath({ n: 7, entryNumber: 1, ref: { ...ref, name: 'x.jpg' } }, 120)).toBe('originals/Exhibit-007-x.jpg');
    expect(safeName('..hidden')).toBe('_hidden');
    expect(sha256Sums([{ path: 'report.pdf', sha256: 'ab' }, { path: 'originals/x y.png', sha256: 'cd' }])).toBe('ab  report.pdf\ncd  originals/x y.png\n');
  });
});
