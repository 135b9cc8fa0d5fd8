import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { webBuildStamp } from '#scripts/source-stamp.js';

// A build is always the production build, whatever NODE_ENV the process that builds has: the server builds on start
// when its sources changed, and a test run (NODE_ENV=test) would otherwise leave React's development build and
// development JSX in dist/web (+64 KB gzip on every first page) for the next start to serve, as the stamp is the same.
const productionBuild = {
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  oxc: { jsx: { development: false } },
  resolve: { conditions: ['module', 'browser', 'production'] },
};

export default defineConfig(({ command }) => ({
  ...(command === 'build' ? productionBuild : {}),
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
}));
