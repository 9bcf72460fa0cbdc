// History scrubbing: one URL for the whole app, the disguise name as the only title, and
// nothing typed left to the browser's autofill. Guards, not conventions: they hold even if
// a screen forgets.

/** The app lives at its root: a query or fragment (typed, linked, or left by a tool) goes. */
export function scrubUrl(): void {
  const { pathname, search, hash } = location;
  if (!search && !hash && !pathname.endsWith('/index.html')) return;
  // replaceState rewrites this entry; it never adds one.
  history.replaceState(null, '', new URL('./', location.href).href);
}

/** Whatever tries to retitle the page, the disguise name comes back at once. */
export function guardTitle(name: () => string): void {
  const restore = () => {
    const wanted = name();
    if (document.title !== wanted) document.title = wanted;
  };
  new MutationObserver(restore).observe(document.head, { subtree: true, childList: true, characterData: true });
}

const FIELDS = 'input, textarea, select';

function noAutofill(field: Element): void {
  if (field.getAttribute('autocomplete') !== 'off') field.setAttribute('autocomplete', 'off');
}

/**
 * Every field says autocomplete="off", so what a person types here is not saved into the
 * browser's suggestions for other sites (names, addresses, what happened).
 */
export function guardAutofill(root: HTMLElement = document.body): void {
  for (const field of root.querySelectorAll(FIELDS)) noAutofill(field);
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        noAutofill(record.target as Element);
        continue;
      }
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(FIELDS)) noAutofill(node);
        for (const field of node.querySelectorAll(FIELDS)) noAutofill(field);
      }
    }
  }).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['autocomplete'] });
}
