// The next turn of the event loop, as a task of its own: a long piece of work awaits it now and
// then so that input (Quick exit above all), rendering and queued calls run in between.

// A message to itself, not setTimeout(0): nested timers are held for at least 4 ms each (HTML's
// clamp), which over the 20 steps of a 10,000-row load was 100–120 ms of a 300 ms read.
const resumes: Array<() => void> = [];
let channel: MessageChannel | null = null;
export const macrotask = (): Promise<void> => new Promise((resolve) => {
  if (typeof MessageChannel !== 'function') return void setTimeout(resolve, 0);
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => resumes.shift()?.();
    // Under Node (the unit tests), a port with a listener would keep the process alive for good.
    (channel.port1 as MessagePort & { unref?(): void }).unref?.();
  }
  resumes.push(resolve);
  channel.port2.postMessage(null);
});

/**
 * A yield for a loop of many short steps: resolves at once until `budgetMs` of work have passed
 * since the last turn it gave up, then gives up a turn (macrotask).
 */
export function turnTaker(budgetMs = 40, now: () => number = () => performance.now()): () => Promise<void> | void {
  let since = now();
  return () => {
    if (now() - since < budgetMs) return;
    return macrotask().then(() => void (since = now()));
  };
}
