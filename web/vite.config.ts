import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The staff app (index.html) and, once it exists, the patients' NHS-styled app (patient.html),
// built together into dist/web at the repo root, where the server serves them.
const root = fileURLToPath(new URL('.', import.meta.url));
const input: Record<string, string> = { main: resolve(root, 'index.html') };
if (existsSync(resolve(root, 'patient.html'))) input.patient = resolve(root, 'patient.html');

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: resolve(root, '../dist/web'),
    emptyOutDir: true,
    // Mantine, React and the router make one ~1 MB (≈300 kB gzipped) chunk, cached after the first
    // visit; heavy pages (charts) are split off with React.lazy in app/routes.tsx.
    chunkSizeWarningLimit: 1300,
    rolldownOptions: { input },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/docs': 'http://localhost:3000',
    },
  },
});
