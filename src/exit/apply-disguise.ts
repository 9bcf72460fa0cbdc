// Makes the page wear the chosen disguise: title, icons, theme colour and manifest link.
import { disguiseById, iconPath, manifestPath, type DisguiseId } from './disguises';

function setLink(rel: string, href: string): void {
  const link = document.querySelector<HTMLLinkElement>(`link[rel="${rel}"]`);
  if (link && link.getAttribute('href') !== href) link.setAttribute('href', href);
}

function setMeta(name: string, content: string): void {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`);
  if (meta) meta.content = content;
}

export function applyDisguise(id: DisguiseId): void {
  const d = disguiseById(id);
  // The title is the one thing history keeps: it is always the disguise name, never a screen.
  if (document.title !== d.name) document.title = d.name;
  setLink('icon', iconPath(d.id, 32));
  setLink('apple-touch-icon', iconPath(d.id, 180));
  setLink('manifest', manifestPath(d.id));
  setMeta('theme-color', d.theme);
  setMeta('apple-mobile-web-app-title', d.name);
}
