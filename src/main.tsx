import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { AppProvider } from './app/provider.tsx';
import { applyTheme, loadThemeChoice } from './app/theme.ts';
import './index.css';

applyTheme(loadThemeChoice());

// Errors are shown in the page by error boundaries, never written to the console: a message
// can quote token content.
const silent = () => undefined;

createRoot(document.getElementById('root')!, {
  onCaughtError: silent,
  onRecoverableError: silent,
}).render(
  <StrictMode>
    <AppProvider>
      <App />
    </AppProvider>
  </StrictMode>,
);
