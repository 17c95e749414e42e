import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';

const root = import.meta.dirname;
const port = Number(process.env.ADMIN_PORT ?? 4200);
const apiUrl = process.env.API_URL ?? 'http://localhost:3000';
// Apollo talks to the relative `/graphql` (downloads and uploads go to `/api/…`); the dev and preview servers
// forward both to the API, as nginx does in production (apps/admin/nginx.conf).
const toApi = { target: apiUrl, changeOrigin: true, xfwd: true };
const proxy = { '/graphql': toApi, '/api': toApi };

export default defineConfig({
  root,
  plugins: [react()],
  // The same pure rules the API enforces (e.g. USCC check character), so forms can warn before submitting.
  resolve: { alias: { '@hebei/domain': path.resolve(root, '../../libs/domain/src/index.ts') } },
  server: { port, strictPort: true, host: 'localhost', proxy },
  preview: { port, strictPort: true, host: 'localhost', proxy },
  build: {
    outDir: path.resolve(root, '../../dist/apps/admin'),
    emptyOutDir: true,
    // Our own CSS stays one stylesheet (about 3 kB gzip) even though pages are split: page CSS files share class names
    // (.register-panel, .password-hint, .pre-wrap…), so per-route CSS would make a page's look depend on which
    // pages were opened before it. antd's styles are CSS-in-JS and come with its components.
    cssCodeSplit: false,
    // Vendor code changes far less often than ours: separate chunks stay cached across releases. Every route is
    // lazy (src/app/router.tsx), so only antd's core (ConfigProvider, App, message/modal, Spin, theme) sits in the
    // entry's `antd` chunk; the components pages use (Form, Table, pickers…) are split by rolldown along the routes
    // that share them, so the login page fetches Form and Input but not Table. Budget: tools/bench/bundle.ts --check.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|@graphql-typed-document-node)[\\/]/ },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs)[\\/]/, tags: ['$initial'] },
          ],
        },
      },
    },
  },
});
