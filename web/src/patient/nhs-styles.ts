// The NHS design system's built stylesheet, as published in nhsuk-frontend. It is loaded raw and put in a
// <style> element because its IE-only hacks (`@media screen\0`) stop Vite's CSS minifier (lightningcss);
// the page CSP allows style elements (style-src 'unsafe-inline', needed by Mantine too), never inline script.
// The four icons the stylesheet points at by absolute path are bundled and their paths rewritten, and the
// Frutiger web fonts (served from assets.nhs.uk, which the CSP does not allow) are dropped: the design
// system's own fallback, Arial, is used, and patients' browsers make no third-party requests.
import css from 'nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css?raw';
import arrowDown from 'nhsuk-frontend/dist/nhsuk/assets/images/nhsuk-icon-arrow-down.svg?url';
import arrowUp from 'nhsuk-frontend/dist/nhsuk/assets/images/nhsuk-icon-arrow-up.svg?url';
import arrowUpDown from 'nhsuk-frontend/dist/nhsuk/assets/images/nhsuk-icon-arrow-up-down.svg?url';
import cross from 'nhsuk-frontend/dist/nhsuk/assets/images/nhsuk-icon-cross.svg?url';

const icons: Record<string, string> = {
  'nhsuk-icon-arrow-down.svg': arrowDown,
  'nhsuk-icon-arrow-up.svg': arrowUp,
  'nhsuk-icon-arrow-up-down.svg': arrowUpDown,
  'nhsuk-icon-cross.svg': cross,
};

export function installNhsStyles() {
  const style = document.createElement('style');
  style.dataset.source = 'nhsuk-frontend';
  style.textContent = css
    .replace(/\/assets\/images\/(nhsuk-icon-[a-z-]+\.svg)/g, (whole, file: string) => icons[file] ?? whole)
    .replace(/@font-face\{[^}]*\}/g, '')
    .replace(/\/\*# sourceMappingURL=[^*]*\*\//g, '');
  document.head.prepend(style);
}
