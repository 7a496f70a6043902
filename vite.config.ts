// Build of the Chinese web front end (src/web) into dist/web, served by the yigai server.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'src/web',
  // No static folder: src/web/public is the public plans page's source, not files to copy as they are.
  publicDir: false,
  plugins: [react()],
  build: { outDir: '../../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
