import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// NHS blue (#005eb8) at index 6, the shade Mantine uses for filled buttons; white text on it
// passes WCAG AA (contrast 5.4:1). Lighter shades are for backgrounds only.
const nhs: MantineColorsTuple = ['#e8f1fa', '#cfe0f3', '#9dc1e7', '#68a0db', '#3d84d0', '#1f72c8', '#005eb8', '#0052a3', '#004890', '#003d7c'];

export const theme = createTheme({
  primaryColor: 'nhs',
  primaryShade: 6,
  colors: { nhs },
  fontFamily: 'Arial, "Helvetica Neue", Helvetica, sans-serif',
  headings: { fontFamily: 'Arial, "Helvetica Neue", Helvetica, sans-serif', fontWeight: '700' },
  defaultRadius: 'sm',
  black: '#212b32',
  focusRing: 'auto',
});

// Mantine's default dimmed grey (#868e96) is 3.3:1 on white; NHS secondary text (#4c6272) is 6.1:1 (WCAG AA).
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#4c6272', '--mantine-color-placeholder': '#5f7282' },
  dark: {},
});
