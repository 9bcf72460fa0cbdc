// The BIP-39 word lists (2,048 words each) for languages other than English: lazy chunks.
// From @scure/bip39 (MIT). Its lists are stored decomposed (NFD); we show them composed (NFC),
// as a keyboard types them (the vault normalises passphrases to NFC anyway).
const compose = (words: readonly string[]): readonly string[] => words.map((w) => w.normalize('NFC'));

export const bip39Spanish = async (): Promise<readonly string[]> => compose((await import('@scure/bip39/wordlists/spanish.js')).wordlist);
export const bip39French = async (): Promise<readonly string[]> => compose((await import('@scure/bip39/wordlists/french.js')).wordlist);
export const bip39Portuguese = async (): Promise<readonly string[]> => compose((await import('@scure/bip39/wordlists/portuguese.js')).wordlist);
