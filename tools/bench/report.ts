import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Shared by the benchmark scripts: command-line numbers, percentiles, the machine line and their docs/benchmarks.md sections. */

export const ROOT = path.resolve(__dirname, '../..');
const BENCHMARKS_MD = path.join(ROOT, 'docs/benchmarks.md');

/** `--name 123` on the command line, or the fallback. */
export function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** The p-th percentile (0–100) by the nearest-rank method. */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** Where the numbers were measured (the machine is shared: read them as ratios to the floor of the same run). */
export function machineLines(mariaVersion: string): string {
  const cpus = os.cpus();
  return [
    `- CPU: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown'}`,
    `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; ${os.type()} ${os.release()}`,
    `- Node ${process.version}; MariaDB ${mariaVersion} (throwaway server from tools/test-db, 256 MB buffer pool, same machine)`,
  ].join('\n');
}

/**
 * Puts `body` between `<!-- bench:<name>:start -->` and `<!-- bench:<name>:end -->` in docs/benchmarks.md, replacing
 * what the script wrote last time, or appends the section.
 */
export function writeBenchSection(name: string, body: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${start}\n${body}\n${end}`;
  const doc = fs.existsSync(BENCHMARKS_MD)
    ? fs.readFileSync(BENCHMARKS_MD, 'utf8')
    : '# Benchmarks\n\nMeasured numbers, each section written by its script in `tools/bench/`.\n';
  const at = doc.indexOf(start);
  const to = doc.indexOf(end, at);
  fs.writeFileSync(
    BENCHMARKS_MD,
    at >= 0 && to >= 0 ? doc.slice(0, at) + block + doc.slice(to + end.length) : `${doc.trimEnd()}\n\n${block}\n`,
  );
}
