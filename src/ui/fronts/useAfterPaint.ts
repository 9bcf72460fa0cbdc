// True once the component's first frame is on screen. What only adds to a front (the Notes count)
// waits for it: the count is the front's only number, and a locale's first Intl.NumberFormat and
// Intl.PluralRules load ICU's data (60–200 ms measured on this 2-core machine), which would
// otherwise sit between a cold start and a search field the person can type in.
import { useEffect, useState } from 'preact/hooks';

export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // rAF runs just before the frame is produced; the task after it runs once it is.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
