// Mounted while the vault is unlocked (app/Unlocked): after a while in the app, the packet's fonts
// and emoji names are kept offline (offlineFonts, fetched then). Nothing of it runs while locked.
import { useEffect } from 'preact/hooks';

/** A quick visit (log a contact, lock) fetches nothing; a longer one keeps the fonts for later,
 *  and the next long one goes on where a lock stopped it. */
export const KEEP_FONTS_AFTER_MS = 60_000;

export function KeepFontsOffline(): null {
  useEffect(() => {
    let stopped = false;
    const timer = setTimeout(() => {
      void import('./offlineFonts').then((m) => m.keepPacketFontsOffline(() => stopped)).catch(() => undefined);
    }, KEEP_FONTS_AFTER_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return null;
}
