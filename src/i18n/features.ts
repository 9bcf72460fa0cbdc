// The features' messages (and the locked log sheet's), loaded with the first feature screen after
// unlock so the code that runs before unlock stays small; each language's own chunk is fetched
// only when that language is spoken. English is bundled here as the fallback for a missing key.
import { features as en } from './en/features';
import { addLoader, addMessages, type MessagePart } from './index';
import type { Lang } from './languages';

type FeatureMessages = Record<keyof typeof en, string>;

const FEATURES: Record<Lang, () => Promise<FeatureMessages>> = {
  en: () => Promise.resolve(en),
  es: () => import('./es/features').then((m) => m.features),
  fr: () => import('./fr/features').then((m) => m.features),
  pt: () => import('./pt/features').then((m) => m.features),
  ar: () => import('./ar/features').then((m) => m.features),
};

let registered: Promise<void> | null = null;

/** Registers the features' messages; resolves once the language spoken now has them. */
export function registerFeatureMessages(): Promise<void> {
  if (!registered) {
    addMessages({ en });
    registered = addLoader((lang: Lang): Promise<MessagePart> => FEATURES[lang]());
  }
  return registered;
}
