import { useEffect } from 'react';

/** Names the browser tab after the screen, so history and screen readers say where you are. */
export function usePageTitle(title: string, productName = 'Stint'): void {
  useEffect(() => {
    document.title = title ? `${title} · ${productName}` : productName;
  }, [title, productName]);
}
