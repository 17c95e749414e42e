#!/usr/bin/env node
// `npm test`: every suite in order — lint (ESLint with zero warnings + Prettier), domain rules, API integration
// (SQLite + a throwaway MariaDB; generated-code drift and the security tier among them), type checks of every project,
// the admin bundle budget, browser e2e — then one totals line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const out = path.join(root, 'tmp/test-results');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: process.env.CI ? '0' : '1' };

function run(cmd, args, extraEnv = {}) {
  console.log(`\n$ ${path.basename(cmd)} ${args.join(' ')}`);
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } }).status ?? 1;
}

function jestSuite(name, config) {
  if (!fs.existsSync(path.join(root, config))) return null;
  const file = path.join(out, `${name}.json`);
  const code = run(bin('jest'), ['-c', config, '--json', `--outputFile=${file}`]);
  if (!fs.existsSync(file)) return { name, passed: 0, failed: 1, skipped: 0, note: `jest exited ${code} without results` };
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  const broken = r.numRuntimeErrorTestSuites ?? 0;
  return {
    name,
    passed: r.numPassedTests,
    failed: r.numFailedTests + broken,
    skipped: r.numPendingTests + r.numTodoTests,
    note: broken ? `${broken} suite(s) failed to run` : '',
  };
}

function checkSuite(name, cmd, args, extraEnv = {}) {
  const code = run(cmd, args, extraEnv);
  return { name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, note: code === 0 ? '' : `exit ${code}` };
}

function playwrightSuite(name, config) {
  if (!fs.existsSync(path.join(root, config))) return null;
  const file = path.join(out, `${name}.json`);
  const code = run(bin('playwright'), ['test', '-c', config, '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  if (!fs.existsSync(file)) return { name, passed: 0, failed: 1, skipped: 0, note: `playwright exited ${code} without results` };
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const s = report.stats ?? {};
  const failed = (s.unexpected ?? 0) + (code !== 0 && !s.unexpected ? 1 : 0);
  // A test that failed and then passed on its retry (playwright.config.ts: retries) counts as passed, and is named here
  // and in the suite's line, so a flake is seen and mended rather than hidden (docs/decisions/0028).
  const flaky = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? []) if (t.status === 'flaky') flaky.push([...titles, spec.title].filter(Boolean).join(' › '));
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, [suite.title]);
  for (const title of flaky) console.log(`  flaky (failed, then passed on its retry): ${title}`);
  return { name, passed: (s.expected ?? 0) + (s.flaky ?? 0), failed, skipped: s.skipped ?? 0, note: s.flaky ? `${s.flaky} flaky` : '' };
}

const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);
const results = [
  // npm run lint: the Nx project graph (module boundaries), ESLint with zero warnings, Prettier.
  want('lint') && checkSuite('lint', 'npm', ['run', '-s', 'lint']),
  want('domain') && jestSuite('domain', 'libs/domain/jest.config.js'),
  want('api') && jestSuite('api', 'apps/api/jest.config.js'),
  want('admin') && jestSuite('admin', 'apps/admin/jest.config.js'),
  want('typecheck') && checkSuite('typecheck:domain', bin('tsc'), ['--noEmit', '-p', 'libs/domain/tsconfig.json']),
  want('typecheck') && checkSuite('typecheck:api', bin('tsc'), ['--noEmit', '-p', 'apps/api/tsconfig.json']),
  want('typecheck') &&
    fs.existsSync(path.join(root, 'apps/admin/tsconfig.json')) &&
    checkSuite('typecheck:admin', bin('tsc'), ['--noEmit', '-p', 'apps/admin/tsconfig.json']),
  want('typecheck') && checkSuite('typecheck:e2e', bin('tsc'), ['--noEmit', '-p', 'apps/admin-e2e/tsconfig.json']),
  want('typecheck') && checkSuite('typecheck:tools', bin('tsc'), ['-p', 'tsconfig.tools.check.json']),
  // Builds the admin app and fails when the login page's initial JavaScript is over budget (tools/bench/bundle.ts).
  want('bundle') &&
    checkSuite('bundle', process.execPath, ['-r', '@swc-node/register', 'tools/bench/bundle.ts', '--check'], {
      SWC_NODE_PROJECT: 'tsconfig.tools.json',
    }),
  // Against the production build (vite build + vite preview), one API + database per worker (E2E_WORKERS, default 2).
  want('e2e') && playwrightSuite('e2e', 'apps/admin-e2e/playwright.config.ts'),
].filter(Boolean);

console.log('\nSuite results');
for (const r of results)
  console.log(`  ${r.name.padEnd(18)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped${r.note ? `  (${r.note})` : ''}`);
const total = results.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
if (total.skipped) console.log(`(${total.skipped} skipped)`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
