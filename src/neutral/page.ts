// The page Quick exit lands on: a live local forecast from the Weather front's own generator, in
// the app's language and the locale's unit, made on the device (offline); then, if the person
// chose a public site, on to it once that site answers.
import { defaultPlace, forecast, inUnit, temperatureAt, unitFor, type Condition } from '../ui/fronts/model';
import { weather as en } from '../i18n/en/weather';
import { weather as es } from '../i18n/es/weather';
import { weather as fr } from '../i18n/fr/weather';
import { weather as pt } from '../i18n/pt/weather';
import { weather as ar } from '../i18n/ar/weather';
import { asLang, detectLang, type Lang } from '../i18n/locale';
import { LANGUAGES } from '../i18n/languages';

type Key = keyof typeof en;
/** Each language's words for this page (small; the page loads no other catalog). */
const WORDS: Record<Lang, Record<Key, string>> = { en, es, fr, pt, ar };
interface Prefs { lang?: unknown; place?: unknown; exitUrl?: unknown; exitConfirmed?: unknown }

function readPrefs(): Prefs {
  try {
    const prefs: unknown = JSON.parse(localStorage.getItem('prefs') ?? '{}');
    return prefs && typeof prefs === 'object' ? prefs : {};
  } catch {
    return {};
  }
}

/** The app's language as chosen, else the browser's: decided as the app decides it. */
const language = (saved: unknown): Lang =>
  detectLang(asLang(saved), navigator.languages?.length ? navigator.languages : [navigator.language]);

function element(tag: string, text: string, className?: string): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = text;
  if (className) el.className = className;
  return el;
}

export function render(prefs: Prefs, now: Date): void {
  const lang = language(prefs.lang);
  const words = WORDS[lang];
  const say = (key: Key, params: Record<string, string | number> = {}) =>
    words[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  const locale = navigator.language || LANGUAGES[lang].locale;
  const unit = unitFor(locale);
  const place = typeof prefs.place === 'string' && prefs.place.trim()
    ? prefs.place.trim()
    : defaultPlace(Intl.DateTimeFormat().resolvedOptions().timeZone, say('front.weather.fallbackPlace'));
  const days = forecast(place, now);
  const today = days[0]!;
  const deg = (celsius: number) => `${inUnit(celsius, unit)}°${unit}`;
  const condition = (c: Condition) => say(`front.weather.${c}` as Key);
  const weekday = new Intl.DateTimeFormat(lang, { weekday: 'short' });

  document.documentElement.lang = lang;
  document.documentElement.dir = LANGUAGES[lang].dir;
  document.title = say('front.weather.title');
  const main = document.querySelector('main')!;
  const todayBox = element('section', '', 'today');
  todayBox.setAttribute('aria-label', say('front.weather.today'));
  todayBox.append(
    element('p', `${say('front.weather.today')}, ${weekday.format(now)} · ${place}`),
    element('p', deg(temperatureAt(today, now.getHours())), 'temp'),
    element('p', `${condition(today.condition)}. ${say('front.weather.highLow', { high: inUnit(today.high, unit), low: inUnit(today.low, unit) })}`),
  );
  const list = document.createElement('ul');
  list.setAttribute('aria-label', say('front.weather.days'));
  for (const day of days.slice(1)) {
    const item = document.createElement('li');
    item.append(element('strong', weekday.format(day.date)), document.createElement('br'), condition(day.condition),
      document.createElement('br'), `${inUnit(day.high, unit)}° / ${inUnit(day.low, unit)}°`);
    list.append(item);
  }
  main.replaceChildren(element('h1', say('front.weather.local')), todayBox, list);
}

/** A chosen site is opened only once it answers: one that does not load must never leave a browser error page. */
function moveOn(url: unknown): void {
  if (typeof url !== 'string' || !url.startsWith('https://') || !navigator.onLine) return;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  // An opaque answer is enough: the site is reachable. Nothing is sent that names this app.
  fetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', signal: controller.signal })
    .then(() => {
      clearTimeout(timer);
      location.replace(url);
    }, () => { /* unreachable: the neutral page stays */ });
}

const prefs = readPrefs();
render(prefs, new Date());
// Only a site the person confirmed with her passphrase (exit/prefs.ts): any other stays unasked.
if (prefs.exitConfirmed === prefs.exitUrl) moveOn(prefs.exitUrl);
