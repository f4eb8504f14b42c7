// Fails when package-lock.json and package.json disagree, before anything else in `npm test`:
// `npm ci` on a fresh clone must accept the committed lockfile (including every platform's
// optional packages), and every dependency is pinned to the exact version the lockfile holds.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const problems = [];
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const root = lock.packages?.[''] ?? {};

for (const field of ['dependencies', 'devDependencies']) {
  const wanted = manifest[field] ?? {};
  const locked = root[field] ?? {};
  for (const [name, range] of Object.entries(wanted)) {
    if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(range))
      problems.push(`${name}: "${range}" is not an exact version`);
    if (locked[name] !== range)
      problems.push(
        `${name}: package.json wants ${range}, the lockfile's root says ${locked[name] ?? 'nothing'}`,
      );
    const installed = lock.packages?.[`node_modules/${name}`]?.version;
    if (installed !== range)
      problems.push(`${name}: the lockfile installs ${installed ?? 'nothing'}, not ${range}`);
  }
  for (const name of Object.keys(locked)) {
    if (!(name in wanted))
      problems.push(`${name}: in the lockfile's ${field} but not in package.json`);
  }
}

const dryRun = spawnSync(
  'npm',
  ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'],
  {
    encoding: 'utf8',
  },
);
if (dryRun.status !== 0) {
  const reason = `${dryRun.stdout}\n${dryRun.stderr}`
    .split('\n')
    .filter((line) => /Missing:|Invalid:|error/.test(line))
    .slice(0, 8)
    .join('\n');
  problems.push(`npm ci refuses the lockfile:\n${reason}`);
}

if (problems.length > 0) {
  console.error(`package-lock.json and package.json disagree:\n- ${problems.join('\n- ')}`);
  console.error('Run `npm install --package-lock-only` and commit the lockfile.');
  process.exit(1);
}
console.log('Lockfile: in sync with package.json and accepted by npm ci.');
