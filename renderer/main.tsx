import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { dbOpen } from './db/schema';
import { i18nInit } from './i18n';
import { platformDetect } from './platform';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App db={dbOpen()} i18n={i18nInit()} platform={platformDetect()} />
  </StrictMode>,
);
