// Opens a court packet as its reader would, outside any browser: unzip, `sha256sum -c` on its
// SHA256SUMS, pdftotext (and pdfimages) on the report. Shared by the Chromium packet test and
// the Firefox and WebKit flows, so every engine's packet is checked the same way.
import { expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A tool these checks cannot do without: fail loudly, saying how to install it. */
export function tool(name: string, pkg: string): string {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(`${name} is missing: install it with "apt-get install ${pkg}" (CI's .ci/run does).`);
  }
}

/** Checks every tool a packet needs up front (so a test fails before it starts a browser). */
export function packetTools(): { unzip: string; pdftotext: string; pdfimages: string; sha256sum: string } {
  return {
    unzip: tool('unzip', 'unzip'),
    pdftotext: tool('pdftotext', 'poppler-utils'),
    pdfimages: tool('pdfimages', 'poppler-utils'),
    sha256sum: tool('sha256sum', 'coreutils'),
  };
}

/** White space folded: the PDF's lines break where the page does, not where a phrase does. */
export const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface OpenedPacket {
  /** Where the zip was unpacked. */
  out: string;
  /** Its top-level names, sorted. */
  names: string[];
  /** The `sha256sum -c SHA256SUMS` lines (all checked OK). */
  checked: string[];
  /** The files in originals/, sorted. */
  originals: string[];
  /** report.pdf as text, pages split by form feeds. */
  pdf: string;
  /** The same text, white space folded. */
  text: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Unzips the packet at `zipPath` into `dir`/out and runs `sha256sum -c` there: it must pass,
 * and name every file in the packet but SHA256SUMS itself (nothing left unfingerprinted).
 */
export function openPacket(zipPath: string, dir: string): OpenedPacket {
  const { unzip, pdftotext, sha256sum } = packetTools();
  const out = join(dir, 'out');
  execFileSync(unzip, ['-q', zipPath, '-d', out]);
  // sha256sum exits non-zero (and execFileSync throws) when any file is missing or altered.
  const checked = execFileSync(sha256sum, ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' }).trim().split('\n');
  expect(checked.every((line) => line.endsWith(': OK'))).toBe(true);
  const listed = checked.map((line) => line.slice(0, -': OK'.length)).sort();
  const present = filesUnder(out).map((path) => relative(out, path)).filter((name) => name !== 'SHA256SUMS').sort();
  expect(listed).toEqual(present);
  const pdf = execFileSync(pdftotext, [join(out, 'report.pdf'), '-'], { encoding: 'utf8' });
  return {
    out, checked, pdf, text: flat(pdf),
    names: readdirSync(out).sort(),
    originals: readdirSync(join(out, 'originals')).sort(),
  };
}

/** The pictures drawn in the packet's PDF (`pdfimages -list`; masks left out). */
export function pdfImages(packet: OpenedPacket): Array<{ width: number; height: number }> {
  const list = execFileSync(packetTools().pdfimages, ['-list', join(packet.out, 'report.pdf')], { encoding: 'utf8' });
  // Two header lines, then: page num type width height color …
  return list.trim().split('\n').slice(2).map((row) => row.trim().split(/\s+/))
    .filter((cols) => cols[2] === 'image')
    .map((cols) => ({ width: Number(cols[3]), height: Number(cols[4]) }));
}
