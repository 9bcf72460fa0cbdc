// Dresses the app's HTML in the chosen prefs before the browser sees it (used by the service
// worker): title, icons, theme colour, manifest, language, and the Quick exit link itself, so
// the first paint is already neutral and the link leaves for the right place even if no
// script ever runs.
import { disguiseById, disguiseName, iconPath, manifestPath } from './disguises';
import { detectLang } from '../i18n/locale';
import { LANGUAGES } from '../i18n/languages';
import { exitLook } from './exit-look';
import { exitText } from '../i18n/exit';
import { NEUTRAL_PAGE, type Prefs } from './prefs';

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Replaces the value of one attribute inside the first tag that matches `tag`. */
function setAttr(html: string, tag: RegExp, attr: string, value: string): string {
  return html.replace(tag, (whole) =>
    whole.replace(new RegExp(`(\\s${attr}=")[^"]*(")`), (_m, before: string, after: string) => `${before}${escapeAttr(value)}${after}`),
  );
}

/** `languages`: the browser's (the worker's navigator), for a person who never chose one. */
export function dressPage(html: string, prefs: Prefs, languages: readonly string[] = []): string {
  const d = disguiseById(prefs.disguise);
  // The language the app will speak (i18n/locale.ts decides it the same way in the page).
  const lang = detectLang(prefs.lang, languages);
  const name = disguiseName(d.id, lang);
  let out = html.replace(/<title>[^<]*<\/title>/, `<title>${escapeAttr(name)}</title>`);
  out = setAttr(out, /<html\b[^>]*>/, 'lang', lang);
  out = setAttr(out, /<html\b[^>]*>/, 'dir', LANGUAGES[lang].dir);
  out = setAttr(out, /<meta\s[^>]*name="apple-mobile-web-app-title"[^>]*>/, 'content', name);
  out = setAttr(out, /<meta\s[^>]*name="theme-color"[^>]*>/, 'content', d.theme);
  out = setAttr(out, /<link\s[^>]*rel="manifest"[^>]*>/, 'href', manifestPath(d.id, lang));
  out = setAttr(out, /<link\s[^>]*rel="icon"[^>]*>/, 'href', iconPath(d.id, 32));
  out = setAttr(out, /<link\s[^>]*rel="apple-touch-icon"[^>]*>/, 'href', iconPath(d.id, 180));
  // The build preloads every language's first messages (vite.config.ts, preloadLanguages): keep hers.
  out = out.replace(/<link\s[^>]*data-lang="(\w+)"[^>]*>\s*/g, (whole, of: string) => (of === lang ? whole : ''));
  // Every page starts locked: under Notes or Weather the control already looks like that app's.
  const look = exitLook(d.id !== 'daybook', exitText(lang, 'label'));
  const link = /<a\s[^>]*id="quick-exit"[^>]*>/;
  // Without script the link still lands on the neutral page, which moves on to a chosen site.
  out = setAttr(out, link, 'href', NEUTRAL_PAGE);
  out = setAttr(out, link, 'class', look.className);
  out = setAttr(out, link, 'aria-label', look.label);
  return out.replace(/(<a\s[^>]*id="quick-exit"[^>]*>)[^<]*(<\/a>)/, `$1${escapeAttr(look.text)}$2`);
}
