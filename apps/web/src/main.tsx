import '@stint/web-ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { SessionProvider, StintApolloProvider } from '@stint/web-data-access';
import { App } from './app/App';
import { preloadScreenAt } from './app/screenChunks';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The screen's chunk downloads while the session is checked, not after.
preloadScreenAt(window.location.pathname);

createRoot(container).render(
  <StrictMode>
    <StintApolloProvider>
      <SessionProvider>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </SessionProvider>
    </StintApolloProvider>
  </StrictMode>,
);
