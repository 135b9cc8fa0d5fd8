import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { webBuildStamp } from '#scripts/source-stamp.js';

export default defineConfig({
  root: path.resolve(import.meta.dirname, 'src/web'),
  plugins: [react(), webBuildStamp(import.meta.dirname)],
  build: { outDir: path.resolve(import.meta.dirname, 'dist/web'), emptyOutDir: true, manifest: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
