import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './patient.css';
import { installNhsStyles } from './nhs-styles.ts';
import { RequestApp } from './RequestApp.tsx';

installNhsStyles();

// The patients' online consultation form: NHS design system, no staff code, no inline script (CSP script-src 'self').
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RequestApp />
  </StrictMode>,
);
