// Wires the keyboard shortcuts to the page: counts keys, leaves on the third Shift or second
// Escape, and tells screen-reader users how many more presses are needed.
import { quickExit } from './quick-exit';
import { createShortcutCounter, SHIFT_WINDOW_MS } from './shortcut-counter';
import { exitText } from '../i18n/exit';

export function installShortcuts(status: HTMLElement, lang: () => string): void {
  const counter = createShortcutCounter();
  let expiry: ReturnType<typeof setTimeout> | undefined;
  let clearing: ReturnType<typeof setTimeout> | undefined;

  const say = (text: string) => {
    clearTimeout(clearing);
    if (status.textContent !== text) status.textContent = text;
    // An old count must not linger for the next person who tabs past the status.
    if (text) clearing = setTimeout(() => (status.textContent = ''), SHIFT_WINDOW_MS * 2);
  };

  const onKey = (event: KeyboardEvent) => {
    const action = counter.press({
      type: event.type === 'keydown' ? 'down' : 'up',
      key: event.key,
      repeat: event.repeat,
      modified: event.ctrlKey || event.altKey || event.metaKey,
      time: event.timeStamp,
    });
    if (action === null) return;
    clearTimeout(expiry);
    if (action === 'exit') {
      // A second Escape would otherwise also close whatever the first one did not.
      event.preventDefault();
      quickExit();
    } else if (action === 'reset') {
      say('');
    } else {
      say(exitText(lang(), action === 'shift1' ? 'shiftOnce' : 'shiftTwice'));
      expiry = setTimeout(() => {
        if (counter.expire(performance.now())) say(exitText(lang(), 'expired'));
      }, SHIFT_WINDOW_MS + 50);
    }
  };

  // Capture on window: runs before any handler in the app can stop the event.
  addEventListener('keydown', onKey, { capture: true });
  addEventListener('keyup', onKey, { capture: true });
}
