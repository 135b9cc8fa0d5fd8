import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useRef } from 'react';

/** Rows drawn past the visible ones, on each side: a quick scroll shows rows already there. */
const overscan = 12;

export type VirtualRows = {
  /** The scrolling box: give it a maximum height and `overflow: auto`. */
  scrollerRef: React.RefObject<HTMLDivElement | null>;
  /** The rows to draw now, each with its index in the whole list. */
  rows: VirtualItem[];
  /** Heights (px) of the rows not drawn above and below them: spacers keep the scrollbar true. */
  above: number;
  below: number;
  /** Give each drawn row as `ref` (with `data-index`), so rows taller than estimated are measured. */
  measure: (element: Element | null) => void;
};

/**
 * A long list (an upload of 1,000 files and more) drawn a screenful at a time inside its own scrolling box
 * (decision 057): the page holds a few dozen rows whatever the length of the list.
 */
export function useVirtualRows(count: number, estimatedRowHeight: number, keyOf: (index: number) => string): VirtualRows {
  const scrollerRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler, which this rule warns about: the virtualiser re-renders on scroll itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollerRef.current, estimateSize: () => estimatedRowHeight, overscan, getItemKey: keyOf });
  const rows = virtualizer.getVirtualItems();
  const above = rows[0]?.start ?? 0;
  const below = virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0);
  return { scrollerRef, rows, above, below, measure: virtualizer.measureElement };
}
