import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GENERATED_DIR } from './codegen';

const root = path.resolve(__dirname, '../..');
// The package's own bin entry (its exports map hides it from require.resolve).
const cli = path.join(root, 'node_modules/@graphql-codegen/cli/esm/bin.js');

const readDir = (dir: string) => new Map(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));

/**
 * The committed client types must be exactly what codegen makes from the committed schema and operations.
 * The CLI runs in a child process (it is ESM-heavy and does not load inside Jest's module system).
 */
describe('admin GraphQL codegen', () => {
  it('committed src/graphql/generated matches a fresh run', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'admin-codegen-'));
    try {
      execFileSync(process.execPath, [cli, '--config', 'apps/admin/codegen.ts', '--silent'], {
        cwd: root,
        env: { ...process.env, ADMIN_CODEGEN_OUT: `${tmp}/` },
        stdio: 'pipe',
      });
      const fresh = readDir(tmp);
      const committed = readDir(path.join(root, GENERATED_DIR));
      expect(fresh.size).toBeGreaterThan(0);
      expect([...committed.keys()].sort()).toEqual([...fresh.keys()].sort());
      for (const [file, content] of fresh) {
        // On a mismatch run `npx nx run admin:codegen` (graphql-codegen --config apps/admin/codegen.ts) and commit the result.
        expect({ file, content: committed.get(file) }).toEqual({ file, content });
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
