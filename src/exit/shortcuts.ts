// Keyboard routes to the quick exit: Shift three times (GOV.UK) and Escape twice (NSW).
import { quickExit } from './quick-exit';
import { exitText } from '../i18n/exit';

const SHIFT_WINDOW_MS = 5000;
const ESCAPE_WINDOW_MS = 1000;

export function installShortcuts(status: HTMLElement, lang: () => string): void {
  let shiftCount = 0;
  let lastShift = 0;
  let lastEscape = 0;
  addEventListener(
    'keydown',
    (event) => {
      if (event.repeat) return;
      const now = performance.now();
      if (event.key === 'Shift') {
        shiftCount = now - lastShift <= SHIFT_WINDOW_MS ? shiftCount + 1 : 1;
        lastShift = now;
        if (shiftCount >= 3) {
          quickExit();
          return;
        }
        status.textContent = exitText(lang(), shiftCount === 1 ? 'shiftOnce' : 'shiftTwice');
        return;
      }
      shiftCount = 0;
      if (event.key === 'Escape') {
        if (now - lastEscape <= ESCAPE_WINDOW_MS) {
          event.preventDefault();
          quickExit();
          return;
        }
        lastEscape = now;
      }
    },
    { capture: true },
  );
}
