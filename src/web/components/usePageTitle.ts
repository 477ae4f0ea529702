import { useEffect } from 'react';

/** Sets the browser tab title: "<page> · OCOP Connect". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · OCOP Connect` : 'OCOP Connect';
  }, [title]);
}
