import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// `--mode bench` builds the app over the benchmark's in-memory core (bench/index.html).
export default defineConfig(({ mode }) => ({
  plugins: [svelte()],
  // Tauri serves the built files itself; relative URLs keep them working from any origin.
  base: './',
  clearScreen: false,
  server: { port: 5173, strictPort: true, fs: { allow: ['..'] } },
  build:
    mode === 'bench'
      ? { target: 'safari15', outDir: 'bench/dist', emptyOutDir: true, rollupOptions: { input: 'bench/index.html' } }
      : { target: 'safari15', outDir: 'dist', emptyOutDir: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.svelte.ts'],
    setupFiles: ['tests/setup.ts'],
  },
}));
