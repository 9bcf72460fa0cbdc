// The share target's contract (issue 25), shared by the manifest, the service worker and the page:
// where Android posts shared files and text, and the messages that hand them to the page.

/** The manifest's share_target action, relative to the app's scope. */
export const SHARE_PATH = 'share-target';
/** The page asks the service worker for what was shared; the answer carries the files. */
export const SHARE_TAKE = 'daybook-share-take';
export const SHARE_FILES = 'daybook-share-files';
/** Files accepted in one share, and the name shared text is kept under. */
export const MAX_SHARE_FILES = 10;
export const SHARED_TEXT_NAME = 'shared-text.txt';

export const SHARE_ACCEPT = [
  'text/plain', '.txt', 'application/zip', '.zip', 'text/xml', 'application/xml', '.xml',
  'application/json', '.json', 'text/csv', '.csv', 'image/*',
];

/** The manifest's share_target member (every look's manifest carries it: the app is the same). */
export function shareTarget(): Record<string, unknown> {
  return {
    action: `./${SHARE_PATH}`,
    method: 'POST',
    enctype: 'multipart/form-data',
    params: { title: 'title', text: 'text', url: 'url', files: [{ name: 'files', accept: SHARE_ACCEPT }] },
  };
}

/**
 * The files of a share, and its text (title, text, link) as one more text file when there is any.
 * Runs in the service worker; what it returns is only ever held in memory.
 */
export function filesOfShare(form: FormData): File[] {
  const files = form.getAll('files').filter((f): f is File => typeof f !== 'string' && f.size > 0).slice(0, MAX_SHARE_FILES);
  const text = ['title', 'text', 'url'].map((k) => form.get(k)).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (text.length && files.length < MAX_SHARE_FILES) files.push(new File([text.join('\n')], SHARED_TEXT_NAME, { type: 'text/plain' }));
  return files;
}
