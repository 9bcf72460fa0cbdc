// A heading tag for a level, so a front can sit at the top of the lock screen (h1) or inside
// another page's outline (a practice round in Settings or on the setup screen).
export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

export const heading = (level: number) => `h${Math.min(6, Math.max(1, level))}` as 'h1';
