import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { webBuildStamp } from '#scripts/source-stamp.js';

export default defineConfig({
  root: path.resolve(import.meta.dirname, 'src/web'),
  plugins: [react(), webBuildStamp(import.meta.dirname)],
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    // bench/web-bundle reads the manifest to measure what a first visit downloads.
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // What every first page needs (React, the router, Mantine's shell parts, the API client) in one file rather
        // than ~20 small ones: fewer requests, better compression. Pages stay split by route (router.tsx).
        codeSplitting: { groups: [{ name: 'shell', tags: ['$initial'] }] },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
