#!/usr/bin/env node
// `npm start` / `npm test` on a machine with only Node and npm: installs the pinned pnpm
// and the workspace's dependencies when needed, then hands over to the pnpm script.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
 * What the tests run besides Node: Debian's Chromium (browser tests) and PostgreSQL 15's client
 * programs (the backup test's pg_dump and pg_restore). Installed where we can (root with apt-get).
 */
function ensureTestPrograms(task) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const wanted = [
    { tasks: ['test:all', 'test:browser'], path: chromium, pkg: 'chromium', why: '浏览器测试需要 Chromium（或设置 CHROMIUM_PATH）' },
    {
      tasks: ['test:all', 'test:integration'],
      path: join(process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin', 'pg_restore'),
      pkg: 'postgresql-client-15',
      why: '备份测试需要 pg_dump / pg_restore 15（或设置 PG_BIN）',
    },
  ].filter((w) => w.tasks.includes(task) && !existsSync(w.path));
  if (!wanted.length) return;
  const root = process.getuid?.() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!root || !apt) {
    for (const w of wanted) console.error(`${w.why}：请安装 Debian 的 ${w.pkg} 包（apt-get install ${w.pkg}）。Tests need ${w.path}.`);
    process.exit(1);
  }
  const pkgs = wanted.map((w) => w.pkg).join(' ');
  console.log(`installing Debian ${pkgs} for the tests…`);
  execFileSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs}`], { stdio: 'inherit' });
}
