// First: before any schema is built.
import './zod-config.ts';
// Second: the first screen's data is asked for before the rest of the app is evaluated.
import './api/start-prefetch.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/index.ts';
import { App } from './app/App.tsx';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
