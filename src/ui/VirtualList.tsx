// A windowed list: only the rows in view (plus a margin) are in the DOM, so 10,000 rows
// scroll and filter as fast as 10. The page scrolls (no box scrolling inside it): the list
// follows the window. Rows start at their estimated height and grow to what they measure
// once shown (a card in Spanish at 320 px wraps further); arrow keys move between rows.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  items: readonly T[];
  /** Estimated (smallest) height in px of each row; a row taller once rendered is measured. */
  heightOf(item: T): number;
  keyOf(item: T): string;
  /** `focusable` is the roving tab stop: pass it to the row's control as tabIndex 0/-1. */
  renderRow(item: T, index: number, focusable: boolean): ComponentChildren;
  /** Whether arrow keys may land on this row (headings are skipped). */
  isFocusable?(item: T): boolean;
  label: string;
  overscanPx?: number;
  class?: string;
}

/** Index of the last offset that is <= y (offsets ascending, offsets[0] = 0). */
export function findRow(offsets: number[], y: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The page's own scroll padding (the sticky bars it keeps clear of), in px. */
function scrollPadding(side: 'top' | 'bottom'): number {
  const value = parseFloat(getComputedStyle(document.documentElement).getPropertyValue(`scroll-padding-${side}`));
  return Number.isFinite(value) ? value : 0;
}

export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, heightOf, keyOf, renderRow, isFocusable = () => true, label, overscanPx = 600 } = props;
  const scroller = useRef<HTMLDivElement>(null);
  /** How far the window has scrolled past the list's top (0 while the list starts below the fold). */
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(() => innerHeight || 800);
  const [active, setActive] = useState(-1);
  const pendingFocus = useRef<number | null>(null);
  // Measured heights by key, for the window width they were measured at.
  const [measured, setMeasured] = useState(() => ({ width: innerWidth, heights: new Map<string, number>() }));

  const offsets = useMemo(() => {
    const out = new Array<number>(items.length + 1);
    out[0] = 0;
    for (let i = 0; i < items.length; i++) out[i + 1] = out[i]! + (measured.heights.get(keyOf(items[i]!)) ?? heightOf(items[i]!));
    return out;
  }, [items, heightOf, measured]);
  const total = offsets[items.length] ?? 0;

  /** The list's top in page coordinates. */
  const listTop = () => (scroller.current ? scroller.current.getBoundingClientRect().top + scrollY : 0);
  const measure = () => {
    setViewport(innerHeight || 800);
    setScrollTop(Math.max(0, scrollY - listTop()));
  };

  const frame = useRef(0);
  useLayoutEffect(() => {
    measure();
    const onScroll = () => {
      if (frame.current) return;
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        measure();
      });
    };
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('resize', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame.current);
      removeEventListener('scroll', onScroll);
      removeEventListener('resize', onScroll);
    };
  }, []);

  useEffect(() => setActive((a) => (a >= items.length ? -1 : a)), [items]);

  // Each shown row's content is measured after layout; one taller than its slot gets more room.
  // Heights only grow for a given width (no back and forth); a new width measures afresh.
  useLayoutEffect(() => {
    const fresh = measured.width !== innerWidth;
    const heights = fresh ? new Map<string, number>() : new Map(measured.heights);
    let changed = fresh;
    for (const li of scroller.current?.querySelectorAll<HTMLElement>('li[data-row]') ?? []) {
      const item = items[Number(li.dataset.row)];
      const content = li.firstElementChild as HTMLElement | null;
      if (!item || !content) continue;
      const need = Math.ceil(content.getBoundingClientRect().height);
      if (need > (heights.get(keyOf(item)) ?? heightOf(item))) {
        heights.set(keyOf(item), need);
        changed = true;
      }
    }
    if (changed) setMeasured({ width: innerWidth, heights });
  });

  const first = items.length ? findRow(offsets, Math.max(0, scrollTop - overscanPx)) : 0;
  const last = items.length ? Math.min(items.length - 1, findRow(offsets, scrollTop + viewport + overscanPx)) : -1;
  const firstFocusable = useMemo(() => {
    for (let i = first; i <= last; i++) if (isFocusable(items[i]!)) return i;
    return -1;
  }, [first, last, items]);
  // The tab stop is the active row when it is rendered, else the first row in view.
  const tabStop = active >= first && active <= last ? active : firstFocusable;

  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[data-row="${index}"] [tabindex]`);
    if (row) {
      pendingFocus.current = null;
      row.focus({ preventScroll: true });
    }
  });

  const moveTo = (target: number, dir: 1 | -1) => {
    let i = Math.max(0, Math.min(items.length - 1, target));
    while (i >= 0 && i < items.length && !isFocusable(items[i]!)) i += dir;
    if (i < 0 || i >= items.length) return;
    // Bring the row into the part of the window the sticky bars leave clear.
    const top = listTop() + offsets[i]!;
    const bottom = listTop() + offsets[i + 1]!;
    const clearTop = scrollY + scrollPadding('top');
    const clearBottom = scrollY + innerHeight - scrollPadding('bottom');
    if (top < clearTop) scrollTo(0, top - scrollPadding('top'));
    else if (bottom > clearBottom) scrollTo(0, bottom - innerHeight + scrollPadding('bottom'));
    setScrollTop(Math.max(0, scrollY - listTop()));
    setActive(i);
    pendingFocus.current = i;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const current = Number((event.target as HTMLElement).closest('[data-row]')?.getAttribute('data-row') ?? tabStop);
    const page = Math.max(1, Math.floor(viewport / 90));
    const moves: Record<string, () => void> = {
      ArrowDown: () => moveTo(current + 1, 1),
      ArrowUp: () => moveTo(current - 1, -1),
      PageDown: () => moveTo(current + page, 1),
      PageUp: () => moveTo(current - page, -1),
      Home: () => moveTo(0, 1),
      End: () => moveTo(items.length - 1, -1),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  const rows = [];
  for (let i = first; i <= last; i++) {
    const item = items[i]!;
    rows.push(
      <li key={keyOf(item)} data-row={i} class="vrow" aria-setsize={items.length} aria-posinset={i + 1}
        style={{ top: `${offsets[i]}px`, height: `${offsets[i + 1]! - offsets[i]!}px` }}>
        {renderRow(item, i, i === tabStop)}
      </li>,
    );
  }
  return (
    <div ref={scroller} class={`vlist ${props.class ?? ''}`} onKeyDown={onKeyDown}
      onFocusIn={(e) => {
        const row = (e.target as HTMLElement).closest('[data-row]');
        if (row) setActive(Number(row.getAttribute('data-row')));
      }}>
      <ul aria-label={label} class="vlist-inner" style={{ height: `${total}px` }}>{rows}</ul>
    </div>
  );
}
