import { defineConfig, devices } from '@playwright/test';
import path from 'node:path';

// Ports apart from the dev defaults (3000/4200) so e2e can run beside a developer's servers.
// Overridable so two e2e runs can share a machine (each gets its own database directory too).
const API_PORT = Number(process.env.E2E_API_PORT ?? 3310);
const ADMIN_PORT = Number(process.env.E2E_ADMIN_PORT ?? 4310);
const DB_DIR = `tmp/e2e-${API_PORT}`;
const root = path.resolve(__dirname, '../..');

export default defineConfig({
  testDir: 'src',
  outputDir: path.join(root, `tmp/e2e-results-${API_PORT}`),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://localhost:${ADMIN_PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
  webServer: [
    {
      // A fresh database every run: the API seeds demo data into an empty SQLite file on start.
      command: `rm -rf ${DB_DIR} && node -r @swc-node/register apps/api/src/main.ts`,
      cwd: root,
      env: {
        SWC_NODE_PROJECT: 'apps/api/tsconfig.app.json',
        PORT: String(API_PORT),
        SQLITE_PATH: `${DB_DIR}/registry.sqlite`,
        UPLOAD_DIR: `${DB_DIR}/uploads`,
        CORS_ORIGINS: `http://localhost:${ADMIN_PORT}`,
      },
      url: `http://localhost:${API_PORT}/healthz`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: 'npx vite --config apps/admin/vite.config.ts',
      cwd: root,
      env: { ADMIN_PORT: String(ADMIN_PORT), API_URL: `http://localhost:${API_PORT}`, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      url: `http://localhost:${ADMIN_PORT}`,
      timeout: 120_000,
      reuseExistingServer: false,
    },
  ],
});
