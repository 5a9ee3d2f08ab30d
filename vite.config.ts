import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { pagePreloads } from './src/build/page-preloads.js';
import { precompressBuild } from './src/build/precompress.js';

/** Builds the portal web app (src/web, entry index.html) into dist/web, which the server serves. */
export default defineConfig({
  // precompressBuild writes a .br and .gz beside each built file, which the server sends;
  // pagePreloads lists each page's files, which the server names in a signed-in page.
  plugins: [react(), pagePreloads(), precompressBuild()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // Counts minified bytes; the real budget, 300 KB gzipped for the first page's JavaScript,
    // is checked by tests/e2e/bundle-size.test.ts.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      // Needed to copy small shared chunks into the chunks that use them (below).
      preserveEntrySignatures: false,
      output: {
        // Few requests per page, each page still loading only what it uses (decision 113):
        // what the first page runs is one file beside the entry, and a shared chunk under
        // 30 KB is copied into the pages that use it instead of being a request of its own
        // (the browser opens six connections to a host; a page used to need 50 files).
        codeSplitting: {
          groups: [{ name: 'vendor', tags: ['$initial'], priority: 1 }],
          experimentalInlineCommonChunks: { maxSize: 30_000 },
        },
      },
    },
  },
  server: {
    // `npm run dev` serves the API on PORT (default 3000); `npx vite` proxies to it.
    proxy: { '/api': `http://localhost:${process.env.PORT ?? 3000}` },
  },
});
