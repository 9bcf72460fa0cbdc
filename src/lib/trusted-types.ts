// The app's one Trusted Types policy: script URLs (service worker, vault worker) must be
// same-origin; nothing else may become script.
interface TrustedTypePolicyLike { createScriptURL(url: string): unknown }
interface TrustedTypesLike { createPolicy(name: string, rules: { createScriptURL(url: string): string }): TrustedTypePolicyLike }

let policy: TrustedTypePolicyLike | null | undefined;

function getPolicy(): TrustedTypePolicyLike | null {
  if (policy !== undefined) return policy;
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  policy = tt
    ? tt.createPolicy('app', {
        createScriptURL(url: string) {
          const parsed = new URL(url, document.baseURI);
          if (parsed.origin !== location.origin) throw new TypeError('cross-origin script refused');
          return parsed.href;
        },
      })
    : null;
  return policy;
}

/** A same-origin script URL, as a TrustedScriptURL where the browser enforces them. */
export function trustedScriptURL(url: string): string {
  const p = getPolicy();
  return (p ? p.createScriptURL(url) : new URL(url, document.baseURI).href) as string;
}
