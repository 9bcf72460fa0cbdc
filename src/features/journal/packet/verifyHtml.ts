// verify.html: one self-contained page (no network, works from file://) that recomputes the
// SHA-256 of chosen files and names the exhibit or packet file each one matches.
import { t } from '../../../i18n';
import { sha256Hex } from './sha256';

export interface KnownFile { path: string; sha256: string; exhibit?: number }

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
// JSON inside <script>: "<" escaped so no text can close the element.
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

// Runs in the packet's page, not the app: plain ES2017, only what it is given.
function check(files: KnownFile[], msg: Record<string, string>, fallback: (bytes: Uint8Array) => string): void {
  const input = document.getElementById('files') as HTMLInputElement;
  const list = document.getElementById('results')!;
  const hex = (buf: ArrayBuffer) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
  const digest = async (buf: ArrayBuffer) => {
    // crypto.subtle needs a secure context, which a file:// page does not have in every browser.
    if (window.crypto && window.crypto.subtle) {
      try {
        return hex(await window.crypto.subtle.digest('SHA-256', buf));
      } catch {
        /* fall back below */
      }
    }
    return fallback(new Uint8Array(buf));
  };
  input.addEventListener('change', async () => {
    list.textContent = '';
    for (const file of Array.from(input.files || [])) {
      const item = document.createElement('li');
      item.textContent = `${file.name}: ${msg.working}`;
      list.appendChild(item);
      const hash = await digest(await file.arrayBuffer());
      const hit = files.find((f) => f.sha256 === hash);
      const verdict = !hit ? msg.noMatch : hit.exhibit ? msg.matches.replace('{n}', String(hit.exhibit)) : msg.matchesFile.replace('{file}', hit.path);
      item.className = hit ? 'ok' : 'bad';
      item.textContent = `${file.name}: ${verdict}`;
      const code = document.createElement('code');
      code.textContent = hash;
      item.appendChild(document.createElement('br'));
      item.appendChild(code);
    }
    list.setAttribute('data-done', 'true');
  });
}

/** `anchor`: the journal fingerprints the person sent outside (issue 23), to compare with what the trusted person holds. */
export function verifyHtml(files: KnownFile[], lang: string, anchor: Array<{ at: string; fingerprint: string }> = []): string {
  const msg = {
    working: t('journal.verify.running'), matches: t('journal.check.matches'), matchesFile: t('journal.check.matchesFile'), noMatch: t('journal.check.noMatch'),
  };
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<title>${escapeHtml(t('journal.check.title'))}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
label { display: block; font-weight: 600; margin: 1.5rem 0 .5rem; }
input { min-height: 44px; }
li { margin: .75rem 0; }
li.ok { color: #0a5c2b; } li.bad { color: #a00; font-weight: 600; }
code { font-size: .8rem; word-break: break-all; color: #333; }
</style>
</head>
<body>
<h1>${escapeHtml(t('journal.check.title'))}</h1>
<p>${escapeHtml(t('journal.check.intro'))}</p>
<label for="files">${escapeHtml(t('journal.check.files'))}</label>
<input id="files" type="file" multiple>
<ul id="results" aria-live="polite"></ul>
<h2>${escapeHtml(t('journal.anchor.title'))}</h2>
<p>${escapeHtml(t('journal.anchor.explain'))}</p>
${anchor.length ? `<ul>${anchor.map((a) => `<li>${escapeHtml(a.at)}: <code>${escapeHtml(a.fingerprint)}</code></li>`).join('')}</ul>` : `<p>${escapeHtml(t('journal.anchor.none'))}</p>`}
<script>
(${check.toString()})(${scriptJson(files)}, ${scriptJson(msg)}, (${sha256Hex.toString()}));
</script>
</body>
</html>
`;
}
