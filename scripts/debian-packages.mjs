// Debian programs the platform runs besides Node (Chromium for the browser tests, PostgreSQL 15's
// tools, HAProxy for the replicated mode): installed with apt-get where we can (root), else a
// clear message. Imported by run.mjs and run by the launcher: `node scripts/debian-packages.mjs
// <program path>=<package>[=<why>] …`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `wanted`: [{ path, pkg, why }]; installs the packages of the paths not there yet. */
export function ensureDebianPackages(wanted) {
  const missing = wanted.filter((w) => !existsSync(w.path));
  if (!missing.length) return;
  const root = process.getuid?.() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!root || !apt) {
    for (const w of missing) console.error(`${w.why}：请安装 Debian 的 ${w.pkg} 包（apt-get install ${w.pkg}）。Needs ${w.path}.`);
    process.exit(1);
  }
  const pkgs = [...new Set(missing.map((w) => w.pkg))].join(' ');
  console.log(`installing Debian ${pkgs}…`);
  execFileSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs}`], { stdio: 'inherit' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensureDebianPackages(
    process.argv.slice(2).map((arg) => {
      const [path, pkg, why = `需要 ${pkg}`] = arg.split('=');
      return { path, pkg, why };
    }),
  );
}
