import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ConfirmProvider } from './dialog/useConfirm.tsx';
import { QueryProvider } from './query/QueryProvider.tsx';

/** What the kit needs above the app: the server-state cache and the confirmation dialog. */
export function KitProvider({ children, client }: { children: ReactNode; client?: QueryClient }) {
  return (
    <QueryProvider client={client}>
      <ConfirmProvider>{children}</ConfirmProvider>
    </QueryProvider>
  );
}
