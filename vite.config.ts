import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The output folder is the one VK hosting uploads (vk-hosting-config.json → static_path).
const hosting = JSON.parse(readFileSync(new URL('./vk-hosting-config.json', import.meta.url), 'utf8')) as {
  static_path: string;
};

export default defineConfig({
  // VK hosting serves the bundle from a sub-path: relative asset URLs keep it portable.
  base: './',
  plugins: [react()],
  resolve: {
    // VKUI's CSS-modules build: each component brings only its own styles (a fraction of vkui.css).
    alias: [{ find: /^@vkontakte\/vkui$/, replacement: '@vkontakte/vkui/dist/cssm' }],
  },
  build: {
    outDir: hosting.static_path,
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
  },
  // vk-tunnel forwards VK's requests to the dev server under *.tunnel.vk-apps.com (npm run tunnel).
  server: { host: 'localhost', allowedHosts: ['.tunnel.vk-apps.com'] },
});
