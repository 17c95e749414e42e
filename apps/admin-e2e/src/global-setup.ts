import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ADMIN_DIST, root } from './servers';

/** The specs drive the production build (what nginx serves), built once per run; each worker previews it. */
export default function globalSetup(): void {
  const t0 = Date.now();
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const build = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'apps/admin/vite.config.ts', '--outDir', ADMIN_DIST, '--logLevel', 'warn'],
    {
      cwd: root,
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (build.status !== 0) throw new Error(`vite build failed (exit ${build.status})`);
  console.log(`admin built for e2e in ${((Date.now() - t0) / 1000).toFixed(1)} s → ${path.relative(root, ADMIN_DIST)}`);
}
