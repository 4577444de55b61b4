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

if (task === 'test:all' || task === 'test:browser') ensureChromium();
pnpm([task, ...rest]);

/** Browser tests drive Debian's Chromium; install it where we can (root with apt-get). */
function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  const root = process.getuid?.() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!root || !apt) {
    console.error(
      `浏览器测试需要 Chromium：请安装 Debian 的 chromium 包（apt-get install chromium），或设置 CHROMIUM_PATH。\nBrowser tests need Chromium at ${path}.`,
    );
    process.exit(1);
  }
  console.log('installing Debian chromium for the browser tests…');
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
}
