import { defineConfig, devices } from '@playwright/test';
import path from 'node:path';
// Worker 0's ports (E2E_API_PORT / E2E_ADMIN_PORT, default 3310/4310) stay apart from the dev defaults (3000/4200) and
// are overridable, so several e2e runs can share a machine; each worker starts its own API + database and preview.
import { API_PORT, root } from './src/servers';

export default defineConfig({
  testDir: 'src',
  outputDir: path.join(root, `tmp/e2e-results-${API_PORT}`),
  globalSetup: './src/global-setup.ts',
  // A spec file runs in order in one worker (some describe a walk through several tests); files spread over workers.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // One retry: a test that fails and then passes is reported as flaky by name in `npm test`'s suite results, and is
  // mended like a failure; a test that fails twice fails the run (docs/decisions/0028).
  retries: 1,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    // baseURL is each worker's own preview server (the `baseURL` fixture in src/support.ts).
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The app turns antd's animations off for it: no click lands on a dialog that is still zooming in.
    reducedMotion: 'reduce',
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
});
