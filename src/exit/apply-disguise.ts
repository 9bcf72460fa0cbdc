// Makes the page wear the chosen disguise: title, icons, theme colour and manifest link, named
// in the app's language.
import { disguiseById, disguiseName, iconPath, manifestPath, type DisguiseId } from './disguises';

function setLink(rel: string, href: string): void {
  const link = document.querySelector<HTMLLinkElement>(`link[rel="${rel}"]`);
  if (link && link.getAttribute('href') !== href) link.setAttribute('href', href);
}

function setMeta(name: string, content: string): void {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`);
  if (meta) meta.content = content;
}

export function applyDisguise(id: DisguiseId, lang: string): void {
  const d = disguiseById(id);
  const name = disguiseName(d.id, lang);
  // The title is the one thing history keeps: it is always the disguise name, never a screen.
  if (document.title !== name) document.title = name;
  setLink('icon', iconPath(d.id, 32));
  setLink('apple-touch-icon', iconPath(d.id, 180));
  // The manifest in the page's language: an install made now is named as this phone would name it.
  setLink('manifest', manifestPath(d.id, lang));
  setMeta('theme-color', d.theme);
  setMeta('apple-mobile-web-app-title', name);
}
