// Builds the web app into web/dist, which the API server serves (src/http/static.ts).
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
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
