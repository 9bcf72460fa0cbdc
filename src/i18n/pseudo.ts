// A pseudo-locale for tests only (never offered to users): every message about 30% longer and
// accented, its {placeholders} and ICU plural syntax intact, so a walk finds clipped or overflowing
// text and any string that bypasses the catalogs. Only the `--mode pseudo` build (dist-pseudo/, for
// the e2e walk) turns it on; the normal build drops it (see PSEUDO in ./index.ts).

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};
/** Filler appended to a message: letters a translation might add, in a wide script. */
const FILLER = 'ŵéļļ ţéẋţ ĺöñĝéŕ ';

const accent = (text: string) => text.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c);
const letterCount = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').length;

/** Filler with at least `letters` letters (30% of the message's own). */
function filler(letters: number): string {
  const words: string[] = [];
  const all = FILLER.trim().split(' ');
  for (let n = 0, i = 0; n < letters; i++) {
    const word = all[i % all.length]!.slice(0, letters - n);
    words.push(word);
    n += word.length;
  }
  return words.join(' ');
}

/** Pads a message (or a plural branch) whose own text has `letters` letters, before trailing spaces. */
function pad(message: string, letters: number): string {
  if (letters === 0) return message;
  const trail = /\s*$/.exec(message)![0];
  return `${message.slice(0, message.length - trail.length)} ${filler(Math.ceil(letters * 0.3))}${trail}`;
}

/**
 * One message in the pseudo-locale. `{name}` placeholders are kept as they are; in
 * `{n, plural, one {…} other {…}}` the head and selectors are kept and each branch's text is
 * stretched (its `#` and placeholders kept too).
 */
export function pseudoLocalize(message: string): string {
  let out = '';
  let text = '';
  let letters = 0;
  const flush = () => {
    out += accent(text);
    letters += letterCount(text);
    text = '';
  };
  for (let i = 0; i < message.length; i++) {
    const c = message[i]!;
    if (c === '#') {
      flush();
      out += c;
      continue;
    }
    if (c !== '{') {
      text += c;
      continue;
    }
    flush();
    const simple = /^\{\w+\}/.exec(message.slice(i));
    if (simple) {
      out += simple[0];
      i += simple[0].length - 1;
      continue;
    }
    const head = /^\{\w+, plural,/.exec(message.slice(i));
    if (!head) {
      text += c;
      continue;
    }
    out += head[0];
    i += head[0].length;
    // Branches: selector, then a balanced {…} whose body is itself a message.
    for (;;) {
      const branch = /^(\s*)(=\d+|\w+)(\s*)\{/.exec(message.slice(i));
      if (!branch) break;
      let depth = 1;
      let j = i + branch[0].length;
      for (; j < message.length && depth > 0; j++) {
        if (message[j] === '{') depth++;
        else if (message[j] === '}') depth--;
      }
      const body = message.slice(i + branch[0].length, j - 1);
      out += `${branch[1]}${branch[2]}${branch[3]}{${pseudoLocalize(body)}}`;
      i = j;
    }
    const close = /^\s*\}/.exec(message.slice(i));
    out += close ? close[0] : '';
    i += (close ? close[0].length : 0) - 1;
  }
  flush();
  return pad(out, letters);
}
