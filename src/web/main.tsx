import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import './i18n/index.ts';
import './styles.css';
import { createAppRouter } from './App.tsx';
import { followServerClock } from './clock.ts';
import { KitProvider } from './kit/KitProvider.tsx';
import { SessionProvider } from './session/SessionProvider.tsx';

followServerClock();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <KitProvider>
      <SessionProvider>
        <RouterProvider router={createAppRouter()} />
      </SessionProvider>
    </KitProvider>
  </StrictMode>,
);
