import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './src/lib/security-headers.ts';

/** index.html's Content-Security-Policy <meta>, filled in from the one definition of the policy. */
function contentSecurityPolicyMeta(): Plugin {
  const placeholder = '%CONTENT_SECURITY_POLICY%';
  const attribute = META_CONTENT_SECURITY_POLICY.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return {
    name: 'tokenscope-content-security-policy',
    transformIndexHtml(html) {
      if (!html.includes(placeholder)) throw new Error(`index.html lacks ${placeholder}`);
      return html.replace(placeholder, attribute);
    },
  };
}

export default defineConfig({
  plugins: [
    contentSecurityPolicyMeta(),
    react(),
    tailwindcss(),
    // Precache the whole app so that after one visit it loads and decodes with no network.
    // Only the app's own files are cached; key fetches always go to the network.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Tokenscope — JWT and OpenID Connect token inspector',
        short_name: 'Tokenscope',
        description:
          'Decode, explain and verify OAuth and OpenID Connect tokens, entirely in your browser.',
        theme_color: '#4338ca',
        background_color: '#f8fafc',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // The first install controls the open page at once; later versions wait for the prompt.
        clientsClaim: true,
        runtimeCaching: [],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: false,
    // What every deployment must send (see README, Deploying); a <meta> policy cannot carry
    // frame-ancestors.
    headers: { ...SECURITY_HEADERS },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    // Core tests run in Node; hook and component tests say `@vitest-environment happy-dom`.
    environment: 'node',
    // Property tests run thousands of cases and real key generation: on a busy 2-core machine
    // they take several times their quiet duration. A generous limit still fails a hung test.
    testTimeout: 60_000,
  },
});
