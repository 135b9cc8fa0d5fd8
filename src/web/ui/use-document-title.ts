import { useEffect } from 'react';

/** Names the browser tab after the page; callers pass only what may be shown (never a hidden candidate's name). */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    if (!title) return;
    const previous = document.title;
    document.title = `${title} · Parley`;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
