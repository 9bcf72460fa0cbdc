// One small driver interface over two automation stacks (puppeteer-core over WebDriver BiDi for
// Firefox, webdriverio over classic WebDriver for WebKitGTK), so every flow is written once.
// Elements are found in the page by role and accessible name, then marked and acted on by the
// driver's own (trusted) input.

export type Engine = 'firefox' | 'webkit';

export interface Driver {
  engine: Engine;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  back(): Promise<void>;
  url(): Promise<string>;
  /** Runs `fn` (a self-contained function's source) in the page with JSON-able args; awaits its promise. */
  run<T>(fn: string, ...args: unknown[]): Promise<T>;
  /** The element marked by the last `find` (attribute data-e2e-hit). */
  clickMarked(): Promise<void>;
  typeMarked(text: string): Promise<void>;
  uploadMarked(path: string): Promise<void>;
  /** Console errors and uncaught exceptions seen so far (where the engine reports them). */
  errors: string[];
  close(): Promise<void>;
}

export type Role = 'button' | 'link' | 'field' | 'checkbox' | 'radio' | 'heading' | 'status' | 'alert';

/**
 * In the page: the first visible element of `role` whose accessible name matches, marked with
 * data-e2e-hit. A simplified accessible-name computation (aria-label, aria-labelledby, labels,
 * text), enough for the app's own markup.
 */
export const FIND = `(role, source, flags, within, css) => {
  const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  const byIds = (ids) => ids.split(/\\s+/).map((id) => document.getElementById(id)?.textContent || '').join(' ');
  const nameOf = (el) => {
    if (el.getAttribute('aria-labelledby')) return norm(byIds(el.getAttribute('aria-labelledby')));
    if (el.getAttribute('aria-label')) return norm(el.getAttribute('aria-label'));
    if (el.labels && el.labels.length) return norm([...el.labels].map((l) => l.textContent).join(' '));
    if (el.tagName === 'FIELDSET') return norm(el.querySelector('legend')?.textContent);
    return norm(el.textContent || el.value);
  };
  const selectors = {
    button: 'button, [role=button], input[type=submit], input[type=button]',
    link: 'a[href]',
    field: 'input:not([type=checkbox]):not([type=radio]):not([type=submit]), textarea, select',
    checkbox: 'input[type=checkbox]',
    radio: 'input[type=radio]',
    heading: 'h1, h2, h3, h4, h5, h6',
    status: '[role=status], output',
    alert: '[role=alert]',
  };
  const shown = (el) => el.getClientRects().length > 0 || (el.type === 'file' && el.labels?.length) || el.type === 'checkbox' || el.type === 'radio';
  const re = new RegExp(source, flags);
  const scope = css ? document.querySelector(css) : within ? [...document.querySelectorAll('fieldset, [role=group], section, nav, form')].find((g) => new RegExp(within[0], within[1]).test(nameOf(g))) : document;
  if (!scope) return false;
  for (const old of document.querySelectorAll('[data-e2e-hit]')) old.removeAttribute('data-e2e-hit');
  const el = [...scope.querySelectorAll(selectors[role])].find((e) => shown(e) && !e.disabled && re.test(nameOf(e)));
  if (!el) return false;
  el.setAttribute('data-e2e-hit', '');
  // Centred, so a click never lands on the sticky Quick exit bar above it.
  el.scrollIntoView({ block: 'center', inline: 'center' });
  return true;
}`;

export type Name = string | RegExp;

const pattern = (name: Name): [string, string] =>
  typeof name === 'string' ? [`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, ''] : [name.source, name.flags];

export async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** How long one answer may take past the deadline: the last poll is not cut off as it lands. */
const ANSWER_GRACE_MS = 2000;
/** One poll's longest wait: a reply lost in a navigation costs one poll, not the whole wait. */
const POLL_MS = 5000;

/** `call`, or a rejection once it has gone unanswered for `ms`. */
async function answered<T>(call: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silent = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the browser in ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([call, silent]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `check` until it returns a truthy value, or fails with `what`. */
export async function until<T>(what: string, check: () => Promise<T>, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      // A hung driver call must not outlive the wait; but a poll sent just before the deadline
      // gets time to answer (cut off at once, it read "no answer" while the browser answered).
      const value = await answered(check(), Math.max(ANSWER_GRACE_MS, Math.min(POLL_MS, end - Date.now())));
      if (value) return value;
      last = undefined; // answered: the browser is fine, what we wait for is not there yet
    } catch (error) {
      last = error; // a navigation in progress: try again
    }
    if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await sleep(100);
  }
}

export interface FindOptions {
  timeout?: number;
  /** Only inside the group, fieldset, section or form of this name. */
  within?: Name;
  /** Only inside the first element matching this CSS selector. */
  css?: string;
}

export async function find(d: Driver, role: Role, name: Name, { timeout, within, css }: FindOptions = {}): Promise<void> {
  const [source, flags] = pattern(name);
  await until(`${role} "${String(name)}"`, () => d.run<boolean>(FIND, role, source, flags, within ? pattern(within) : null, css ?? null), timeout);
}

export async function click(d: Driver, role: Role, name: Name, options?: FindOptions): Promise<void> {
  await find(d, role, name, options);
  // Let a just-rendered screen settle (its focus moves and scrolls in an effect), then centre
  // the target again, so the click lands where the element is now.
  await d.run(`() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => {
    document.querySelector('[data-e2e-hit]')?.scrollIntoView({ block: 'center', inline: 'center' });
    done(true);
  })))`);
  await d.clickMarked();
}

/** Replaces a field's value by typing into it. */
export async function fill(d: Driver, label: Name, text: string, options?: FindOptions): Promise<void> {
  await find(d, 'field', label, options);
  await d.run(`() => { const el = document.querySelector('[data-e2e-hit]'); el.focus(); el.select?.(); }`);
  await d.typeMarked(text);
}

/** Sets a field's value the way a date picker or paste would (one input event); a select by its option's text. */
export async function setValue(d: Driver, label: Name, value: string, options?: FindOptions): Promise<void> {
  await find(d, 'field', label, options);
  await d.run(`(value) => {
    const el = document.querySelector('[data-e2e-hit]');
    const proto = el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : el.tagName === 'SELECT' ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    const option = el.tagName === 'SELECT' && [...el.options].find((o) => o.textContent.trim() === value);
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, option ? option.value : value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }`, value);
}

export async function upload(d: Driver, label: Name, path: string, options?: FindOptions): Promise<void> {
  await find(d, 'field', label, options);
  await d.uploadMarked(path);
}

export async function bodyText(d: Driver): Promise<string> {
  return d.run<string>(`() => document.body ? document.body.innerText : ''`);
}

/** Waits for text anywhere in the page (visible text). */
export async function waitText(d: Driver, text: Name, timeout?: number): Promise<void> {
  const [source, flags] = pattern(text);
  const re = typeof text === 'string' ? new RegExp(source.slice(1, -1), flags) : new RegExp(source, flags);
  await until(`text ${String(text)}`, async () => re.test(await bodyText(d)), timeout);
}

/** Whether such an element is there now (no waiting). */
export async function exists(d: Driver, role: Role, name: Name): Promise<boolean> {
  const [source, flags] = pattern(name);
  return d.run<boolean>(FIND, role, source, flags, null, null);
}

/** Waits for a live region ([role=status] or [role=alert], visible or visually hidden) to say `text`. */
export async function waitStatus(d: Driver, text: string, timeout?: number): Promise<void> {
  await until(`a status saying "${text}"`, () => d.run<boolean>(`(text) =>
    [...document.querySelectorAll('[role=status], [role=alert], output')].some((el) => el.textContent.includes(text))`, text), timeout);
}

/** Where the page was and what it showed, for a failed test's log. */
export async function failureReport(d: Driver): Promise<string> {
  const url = await d.url().catch((e: unknown) => `(no URL: ${String(e)})`);
  const text = await bodyText(d).catch((e: unknown) => `(no text: ${String(e)})`);
  // Error messages first: on a long screen they are far past the text's first lines.
  const alerts = await d.run<string[]>(`() => [...document.querySelectorAll('[role=alert]')].map((el) => el.textContent.trim()).filter(Boolean)`)
    .catch((e: unknown) => [`(none read: ${String(e)})`]);
  return `[${d.engine}] at ${url}\nalerts: ${alerts.join(' | ') || 'none'}\n${text.slice(0, 3000)}\nerrors: ${d.errors.join('\n') || 'none'}`;
}

/** Runs a test's steps; on failure, logs where the page was before the browser closes. */
export async function reporting(d: Driver, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (error) {
    console.error(await failureReport(d));
    throw error;
  }
}
