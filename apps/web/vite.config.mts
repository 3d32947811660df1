// Vite for the dashboard. Run from the workspace root: `vite build --config apps/web/vite.config.ts`.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const appRoot = fileURLToPath(new URL('.', import.meta.url));
const fromWorkspace = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

// The API serves /graphql and /health on :3000; in development the dashboard's origin forwards
// them so the session cookie stays same-origin, as it is in production.
const api: ProxyOptions = { target: 'http://127.0.0.1:3000', changeOrigin: false };
const proxy = { '/graphql': api, '/health': api };

export default defineConfig({
  root: appRoot,
  base: '/',
  plugins: [react()],
  resolve: {
    // @stint/* come from tsconfig.base.json `paths` (each file's nearest tsconfig extends it).
    tsconfigPaths: true,
    alias: {
      '@stint/web-ui/styles.css': fromWorkspace('libs/web/ui/src/lib/styles/stint.css'),
    },
  },
  server: { host: '127.0.0.1', port: 4200, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: 4300, strictPort: true, proxy },
  build: {
    outDir: fromWorkspace('dist/apps/web'),
    emptyOutDir: true,
    reportCompressedSize: true,
  },
});
