import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './patient.css';
import { installNhsStyles } from './nhs-styles.ts';
import { RequestApp } from './RequestApp.tsx';
import { LinkApp } from './LinkApp.tsx';
import { SelfReferralApp } from './SelfReferralApp.tsx';

installNhsStyles();

// The patients' pages: the online consultation form, and the page behind a link in a message (/p/<token>): NHS design system, no staff code, no inline script (CSP script-src 'self').
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/^\/p\//.test(window.location.pathname) ? <LinkApp /> : window.location.pathname.startsWith('/refer-yourself') ? <SelfReferralApp /> : <RequestApp />}
  </StrictMode>,
);
