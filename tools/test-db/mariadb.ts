import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';

export interface EphemeralMariaDb {
  /** Server URL without a database, e.g. mysql://test:test@127.0.0.1:PORT */
  url: string;
  pid: number;
  dir: string;
  stop(): Promise<void>;
}

const which = (cmd: string) => {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
};

export const mariaDbAvailable = () => !!which('mariadbd') && !!which('mariadb-install-db');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** A throwaway MariaDB in a temp dir on a free port, no systemd; ready in about a second. */
export async function startMariaDb(): Promise<EphemeralMariaDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hebei-mariadb-'));
  const dataDir = path.join(dir, 'data');
  const socket = path.join(dir, 'mysqld.sock');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  execFileSync(
    'mariadb-install-db',
    [...(asRoot ? ['--user=root'] : []), `--datadir=${dataDir}`, '--auth-root-authentication-method=socket', '--skip-test-db'],
    { stdio: 'ignore' },
  );
  const child: ChildProcess = spawn(
    'mariadbd',
    [
      '--no-defaults',
      ...(asRoot ? ['--user=root'] : []),
      `--datadir=${dataDir}`,
      `--socket=${socket}`,
      `--pid-file=${path.join(dir, 'mysqld.pid')}`,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      `--log-error=${path.join(dir, 'error.log')}`,
      '--character-set-server=utf8mb4',
      '--collation-server=utf8mb4_unicode_ci',
      '--innodb-buffer-pool-size=256M',
      '--innodb-flush-log-at-trx-commit=2',
      '--skip-log-bin',
      '--max-connections=500',
    ],
    { stdio: 'ignore', detached: true },
  );
  child.unref();
  let admin: mysql.Connection | undefined;
  for (let i = 0; i < 100 && !admin; i++) {
    try {
      admin = await mysql.createConnection({ socketPath: socket, user: 'root' });
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  if (!admin) {
    const log = fs.existsSync(path.join(dir, 'error.log')) ? fs.readFileSync(path.join(dir, 'error.log'), 'utf8') : '';
    child.kill('SIGKILL');
    throw new Error(`MariaDB did not start:\n${log.slice(-2000)}`);
  }
  await admin.query("CREATE USER 'test'@'127.0.0.1' IDENTIFIED BY 'test'");
  await admin.query("GRANT ALL PRIVILEGES ON *.* TO 'test'@'127.0.0.1'");
  await admin.end();
  const pid = child.pid!;
  return {
    url: `mysql://test:test@127.0.0.1:${port}`,
    pid,
    dir,
    async stop() {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      for (let i = 0; i < 50; i++) {
        try {
          process.kill(pid, 0);
          await new Promise((r) => setTimeout(r, 100));
        } catch {
          break;
        }
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh database on the server for one test file; returns its URL. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const conn = await mysql.createConnection(serverUrl);
  await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.end();
  // The mariadb:// scheme makes TypeORM read MariaDB's column metadata correctly (see data-source.ts).
  return `${serverUrl.replace(/^mysql:/, 'mariadb:')}/${name}`;
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const conn = await mysql.createConnection(serverUrl);
  await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await conn.end();
}
