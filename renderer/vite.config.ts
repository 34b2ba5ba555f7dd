import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

// The renderer is built to static files (dist/renderer) that Electron serves
// from app://ropa and browser mode from 127.0.0.1; relative asset paths fit both.
export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    outDir: `${here}../dist/renderer`,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // zod and the setting that keeps it from probing eval (zod-config.ts)
          // in one chunk, evaluated before any chunk that builds a schema.
          groups: [{ name: 'zod', test: /node_modules[\\/]zod[\\/]|renderer[\\/]src[\\/]zod-config\.ts/ }],
        },
      },
    },
  },
});
