import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * Each Playwright worker drives its own API, on its own fresh SQLite database with the demo data, and its own
 * `vite preview` of the admin app that the global setup built once — so specs in different workers never see each
 * other's data. Worker 0 uses E2E_API_PORT / E2E_ADMIN_PORT; further workers take ports the OS reports free.
 */
export const API_PORT = Number(process.env.E2E_API_PORT ?? 3310);
export const ADMIN_PORT = Number(process.env.E2E_ADMIN_PORT ?? 4310);
export const root = path.resolve(__dirname, '../../..');
/** The production build the preview servers serve (per API port, so two e2e runs on one machine keep apart). */
export const ADMIN_DIST = path.join(root, `tmp/e2e-admin-${API_PORT}`);

export interface WorkerServers {
  apiUrl: string;
  adminUrl: string;
  stop(): Promise<void>;
}

/** Ports the OS reports free, all held open together so that no two of them are the same. */
async function freePorts(n: number): Promise<number[]> {
  const probes = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const probe = net.createServer().once('error', reject);
          probe.listen(0, 'localhost', () => resolve(probe));
        }),
    ),
  );
  const ports = probes.map((p) => (p.address() as net.AddressInfo).port);
  await Promise.all(probes.map((p) => new Promise((resolve) => p.close(resolve))));
  return ports;
}

/** A restarted worker takes over its predecessor's ports: wait until they are released. */
async function waitUntilFree(port: number, deadline: number): Promise<void> {
  for (;;) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer().once('error', () => resolve(false));
      probe.listen(port, 'localhost', () => probe.close(() => resolve(true)));
    });
    if (free) return;
    if (Date.now() > deadline) throw new Error(`port ${port} is still in use`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function start(name: string, args: string[], env: Record<string, string>, log: string): ChildProcess {
  const out = fs.openSync(log, 'w');
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  child.once('exit', (code, signal) => {
    if (code && !signal) console.error(`e2e ${name} exited with ${code}; see ${path.relative(root, log)}`);
  });
  return child;
}

async function ready(url: string, child: ChildProcess, log: string, deadline: number): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url} did not start:\n${fs.readFileSync(log, 'utf8').slice(-2000)}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${url} not ready in time:\n${fs.readFileSync(log, 'utf8').slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  child.removeAllListeners('exit');
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startWorkerServers(parallelIndex: number): Promise<WorkerServers> {
  const deadline = Date.now() + 150_000;
  const [apiPort, adminPort] = parallelIndex === 0 ? [API_PORT, ADMIN_PORT] : await freePorts(2);
  await Promise.all([waitUntilFree(apiPort, deadline), waitUntilFree(adminPort, deadline)]);
  const apiUrl = `http://localhost:${apiPort}`;
  const adminUrl = `http://localhost:${adminPort}`;

  // A fresh database every time: the API migrates and seeds demo data into an empty SQLite file on start.
  const dbDir = path.join(root, `tmp/e2e-${apiPort}`);
  fs.rmSync(dbDir, { recursive: true, force: true });
  fs.mkdirSync(dbDir, { recursive: true });
  const api = start(
    'API',
    ['-r', '@swc-node/register', 'apps/api/src/main.ts'],
    {
      SWC_NODE_PROJECT: 'apps/api/tsconfig.app.json',
      PORT: String(apiPort),
      SQLITE_PATH: path.join(dbDir, 'registry.sqlite'),
      UPLOAD_DIR: path.join(dbDir, 'uploads'),
      CORS_ORIGINS: adminUrl,
      // Tests only (refused in production): every captcha shows CAPTCHA_TEST_ANSWER of support.ts.
      CAPTCHA_TEST_ANSWER: 'T3ST',
    },
    path.join(dbDir, 'api.log'),
  );
  // The built app, with /graphql and /api proxied to this worker's API (vite.config.ts `preview.proxy`).
  const preview = start(
    'admin preview',
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--config', 'apps/admin/vite.config.ts', '--outDir', ADMIN_DIST],
    { ADMIN_PORT: String(adminPort), API_URL: apiUrl, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    path.join(dbDir, 'preview.log'),
  );
  const stopAll = () => Promise.all([stop(api), stop(preview)]).then(() => undefined);
  const onExit = () => {
    api.kill('SIGKILL');
    preview.kill('SIGKILL');
  };
  process.once('exit', onExit);
  try {
    await Promise.all([
      ready(`${apiUrl}/healthz`, api, path.join(dbDir, 'api.log'), deadline),
      ready(adminUrl, preview, path.join(dbDir, 'preview.log'), deadline),
    ]);
  } catch (e) {
    await stopAll();
    throw e;
  }
  return {
    apiUrl,
    adminUrl,
    async stop() {
      process.off('exit', onExit);
      await stopAll();
    },
  };
}
