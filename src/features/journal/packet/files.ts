// The packet's file names and its plain-text files: originals named Exhibit-NN-<name>,
// SHA256SUMS in the format `sha256sum -c` reads, and the packet's neutral zip name (pure).
import type { Exhibit } from '../report/report';

/** Characters that break a path, a shell line or sha256sum's format become "_". */
export function safeName(name: string): string {
  // Control characters are exactly what must go: they would break a line of SHA256SUMS.
  // eslint-disable-next-line no-control-regex
  const cleaned = name.normalize('NFC').replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_').replace(/^\.+/, '_').trim();
  return (cleaned || 'file').slice(0, 120);
}

/** "originals/Exhibit-07-IMG_1004.jpg": numbers padded to the widest, so they sort in order. */
export function exhibitPath(exhibit: Exhibit, count: number): string {
  const width = Math.max(2, String(count).length);
  return `originals/Exhibit-${String(exhibit.n).padStart(width, '0')}-${safeName(exhibit.ref.name)}`;
}

/** One line per file, "<hash>  <path>" (two spaces: text mode), in the order given. */
export function sha256Sums(files: Array<{ path: string; sha256: string }>): string {
  return files.map((f) => `${f.sha256}  ${f.path}\n`).join('');
}

/** A name that says nothing about what is inside or who it concerns. */
export function packetName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `documents-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.zip`;
}
