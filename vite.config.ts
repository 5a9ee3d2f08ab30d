import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Builds the portal web app (src/web, entry index.html) into dist/web, which the server serves. */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // Counts minified bytes; the real budget, 300 KB gzipped for the first page's JavaScript,
    // is checked by tests/e2e/bundle-size.test.ts.
    chunkSizeWarningLimit: 700,
  },
  server: {
    // `npm run dev` serves the API on PORT (default 3000); `npx vite` proxies to it.
    proxy: { '/api': `http://localhost:${process.env.PORT ?? 3000}` },
  },
});
