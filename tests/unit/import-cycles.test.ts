// Keeps src/ free of import cycles (issue 27): every import of every module under src/, type-only
// and dynamic ones included, resolved to files, and any circle of modules reported by its path.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../../src');
const EXTENSIONS = ['.ts', '.tsx'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return EXTENSIONS.some((ext) => name.endsWith(ext)) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** A relative specifier as the bundler resolves it (vite's "?worker"-style suffixes dropped); packages are not ours. */
function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  const candidates = [base, ...EXTENSIONS.map((ext) => base + ext), ...EXTENSIONS.map((ext) => join(base, `index${ext}`))];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile()) ?? null;
}

/** Module -> the modules it imports (typescript's own scanner: comments and strings are not imports). */
export function importGraph(root = ROOT): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.map((f) => resolveImport(file, f.fileName)).filter((p): p is string => p !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** A knot of modules that import one another (a strongly connected component), and its shortest circle. */
export interface Knot { modules: string[]; circle: string[] }

/** Every knot (Tarjan), each with one circle: a path that returns to its start. */
export function findCycles(graph: Map<string, string[]>): Knot[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let member = ''; member !== node;) {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    }
    const selfImport = graph.get(node)?.includes(node);
    if (component.length > 1 || selfImport) components.push(component);
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components.map((component) => ({ modules: component.sort(), circle: circleThrough(graph, new Set(component)) }));
}

/** The shortest circle from the component's first module (in path order) back to itself. */
function circleThrough(graph: Map<string, string[]>, members: Set<string>): string[] {
  const start = [...members].sort()[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift()!;
    for (const to of graph.get(node) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [start];
        for (let at = node; at !== start; at = cameFrom.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start, start];
}

describe('import cycles', () => {
  it('finds a circle where there is one', () => {
    const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a', 'd']], ['d', []], ['e', ['e']]]);
    expect(findCycles(graph).map((k) => k.circle)).toEqual([['a', 'b', 'c', 'a'], ['e', 'e']]);
  });

  it('src/ has none: each module can be read without holding a circle of others', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(50);
    const name = (file: string) => relative(ROOT, file);
    const cycles = findCycles(graph).map(({ modules, circle }) =>
      `${circle.map(name).join(' -> ')}${modules.length > 2 ? `\n  (a knot of ${modules.length}: ${modules.map(name).join(', ')})` : ''}`);
    expect(cycles, `import cycles in src/:\n${cycles.join('\n')}`).toEqual([]);
  });
});
