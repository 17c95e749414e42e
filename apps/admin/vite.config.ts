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
    // antd (Table, Form, pickers, Cascader) is one ~1 MB vendor chunk, ~340 kB gzipped; it is cached separately.
    chunkSizeWarningLimit: 1100,
    // Vendor code changes far less often than ours: separate chunks stay cached across releases.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|@graphql-typed-document-node)[\\/]/ },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs)[\\/]/ },
          ],
        },
      },
    },
  },
});
