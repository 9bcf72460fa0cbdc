// Types for bidi-js (the Unicode Bidirectional Algorithm, UAX #9), which ships none.
declare module 'bidi-js' {
  export interface EmbeddingLevels { levels: Uint8Array; paragraphs: Array<{ start: number; end: number; level: number }> }
  export interface Bidi {
    getEmbeddingLevels(text: string, direction?: 'ltr' | 'rtl' | 'auto'): EmbeddingLevels;
    getMirroredCharacter(char: string): string | null;
  }
  export default function bidiFactory(): Bidi;
}
