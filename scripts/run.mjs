#!/usr/bin/env node
// `npm start` / `npm test` on a machine with only Node and npm: installs the pinned pnpm
// and the workspace's dependencies when needed, then hands over to the pnpm script.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDebianPackages } from './debian-packages.mjs';

const HAPROXY = '/usr/sbin/haproxy';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pnpmVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const [task, ...rest] = process.argv.slice(2);

function pnpm(args) {
  const local = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  const [cmd, pre] = local.status === 0 && local.stdout.trim() === pnpmVersion ? ['pnpm', []] : ['npx', ['--yes', `pnpm@${pnpmVersion}`]];
  const r = spawnSync(cmd, [...pre, ...args], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const installed = join(root, 'node_modules/.modules.yaml');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(join(root, 'pnpm-lock.yaml')).mtimeMs) {
  pnpm(['install', '--frozen-lockfile']);
}

if (task.startsWith('test:')) ensureTestPrograms(task);
pnpm([task, ...rest]);

/**
 * What the tests run besides Node: Debian's Chromium (browser tests), PostgreSQL 15's client
 * programs (the backup test's pg_dump and pg_restore), its server (the streaming standby's test)
 * and HAProxy (the two-replica smoke).
 */
function ensureTestPrograms(task) {
  const pgBin = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
  ensureDebianPackages(
    [
      {
        tasks: ['test:all', 'test:browser'],
        path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        pkg: 'chromium',
        why: '浏览器测试需要 Chromium（或设置 CHROMIUM_PATH）',
      },
      {
        tasks: ['test:all', 'test:integration'],
        path: join(pgBin, 'pg_restore'),
        pkg: 'postgresql-client-15',
        why: '备份测试需要 pg_dump / pg_restore 15（或设置 PG_BIN）',
      },
      { tasks: ['test:all', 'test:integration'], path: HAPROXY, pkg: 'haproxy', why: '双副本测试需要 HAProxy' },
      {
        tasks: ['test:all', 'test:integration'],
        path: join(pgBin, 'postgres'),
        pkg: 'postgresql-15',
        why: '只读副本测试需要 PostgreSQL 15 服务器（流复制备库）',
      },
    ].filter((w) => w.tasks.includes(task)),
  );
}
