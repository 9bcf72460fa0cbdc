// The Chromium processes of one bench profile, read from /proc: which they are, and waiting
// until they are idle before a figure is taken.
import { readFileSync, readdirSync } from 'node:fs';

function parentOf(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
}

/** Every process of the browser started on `profileDir` (its root names the profile) and their children. */
export function processTree(profileDir) {
  const parents = new Map();
  const roots = new Set();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      parents.set(pid, parentOf(pid));
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--user-data-dir=${profileDir}`)) roots.add(pid);
    } catch {
      // Gone meanwhile.
    }
  }
  const tree = new Set(roots);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (tree.has(pid) || !tree.has(parent)) continue;
      tree.add(pid);
      grew = true;
    }
  }
  return [...tree];
}

/** CPU time (clock ticks) the processes have used so far, and the bytes they have read and written
 *  through the kernel (rchar, wchar: page cache included, where compaction does its work). */
function usage(pids) {
  let ticks = 0;
  let bytes = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
      const io = readFileSync(`/proc/${pid}/io`, 'utf8');
      bytes += Number(/^rchar:\s+(\d+)/m.exec(io)?.[1] ?? 0) + Number(/^wchar:\s+(\d+)/m.exec(io)?.[1] ?? 0);
    } catch {
      // Gone meanwhile.
    }
  }
  return { ticks, bytes };
}

/**
 * Waits until, over a whole `windowMs`, the profile's processes use less than `share` of one core
 * and move fewer than `bytes` through the kernel (at most `limitMs`), so that a read is timed on
 * a browser busy with nothing else. Returns how long it waited and whether it got quiet. Ticks are
 * 1/100 s.
 */
export async function untilQuiet(profileDir, { windowMs = 1000, share = 0.05, bytes = 256 * 1024, limitMs = 60_000 } = {}) {
  const start = Date.now();
  for (;;) {
    const pids = processTree(profileDir);
    const before = usage(pids);
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const after = usage(pids);
    if ((after.ticks - before.ticks) / 100 < share * (windowMs / 1000) && after.bytes - before.bytes < bytes) {
      return { waitedMs: Date.now() - start, quiet: true };
    }
    if (Date.now() - start > limitMs) return { waitedMs: Date.now() - start, quiet: false };
  }
}
