// Passphrase strength as a 0–4 score: length and word count matter most for passphrases.
export const MIN_PASSPHRASE = 8;

export function passphraseScore(passphrase: string): 0 | 1 | 2 | 3 | 4 {
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE) return 0;
  const words = passphrase.trim().split(/[\s\-_.]+/).filter((w) => w.length >= 3).length;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^\w\s]/].filter((re) => re.test(passphrase)).length;
  const unique = new Set(passphrase.toLowerCase()).size;
  if (unique < 4) return 1;
  if (words >= 5 || length >= 28) return 4;
  if (words >= 4 || length >= 20) return 3;
  if (words >= 3 || length >= 14 || (length >= 12 && classes >= 3)) return 2;
  return 1;
}
