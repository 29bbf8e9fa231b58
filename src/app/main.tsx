import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { App } from './app';
import { parseRoute } from './router';
import { appStore } from './store/app-store';
import { consumeShareLink } from '../features/calculator/store/share-link-arrival';

// Only the calculator's page takes a share link.
if (parseRoute(window.location.pathname).route === 'calculator') consumeShareLink(appStore);

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
