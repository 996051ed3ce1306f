// Builds the web app into web/dist, which the API server serves (src/http/static.ts).
import { resolve } from "node:path";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { precompress } from "../scripts/precompress.ts";

export default defineConfig({
  root: import.meta.dirname,
  plugins: [
    react(),
    {
      // Brotli and gzip copies of the text assets, for the server to send as they are.
      name: "lantu-precompress",
      apply: "build",
      async closeBundle() {
        await precompress(resolve(import.meta.dirname, "dist"));
      },
    },
  ],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
    rollupOptions: {
      output: {
        // ECharts is large and changes rarely: its own chunk caches apart from the app.
        manualChunks: (id: string) =>
          id.includes("node_modules/echarts") || id.includes("node_modules/zrender") ? "echarts" : undefined,
      },
    },
  },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
