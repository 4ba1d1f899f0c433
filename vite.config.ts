import { defineConfig } from 'vite';

export default defineConfig({
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173 },
  // The engine worker (src/worker/engine.worker.ts) is an ES module with its own chunk.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Phaser is ~1.4 MB minified on its own; it cannot be tree-shaken (docs/architecture.md).
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser/ },
            // The scenario studio's editor, loaded only when the studio opens (src/app/studio-screen.ts).
            {
              name: 'codemirror',
              test: /node_modules[\\/](@codemirror|@lezer|@marijn|crelt|style-mod|w3c-keyname)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
