#!/usr/bin/env node
/**
 * Builds the web console (console/ → console/dist) with Vite. With --if-stale it builds only
 * when the sources changed since the last build: a hash of console/'s sources, the shared form
 * rules and the lockfile is kept in console/dist/.build-hash. Run at install (postinstall),
 * by `npm start` and before `npm test`, so a fresh clone serves the console with no extra step.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const consoleDir = path.join(root, 'console');
const dist = path.join(consoleDir, 'dist');
const stamp = path.join(dist, '.build-hash');

function files(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : [p];
  });
}

function sourceHash() {
  const inputs = [
    ...files(path.join(consoleDir, 'src')),
    path.join(consoleDir, 'index.html'),
    path.join(consoleDir, 'vite.config.mts'),
    path.join(root, 'src/modules/process-forms/form-fields.ts'),
    path.join(root, 'src/modules/process-forms/form-field.types.ts'),
    path.join(root, 'package-lock.json'),
  ].filter((f) => fs.existsSync(f)).sort();
  const hash = crypto.createHash('sha256');
  for (const f of inputs) hash.update(path.relative(root, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  return hash.digest('hex');
}

async function main() {
  if (!fs.existsSync(path.join(consoleDir, 'index.html'))) return;
  const hash = sourceHash();
  const ifStale = process.argv.includes('--if-stale');
  if (ifStale && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash && fs.existsSync(path.join(dist, 'index.html'))) return;
  let vite;
  try {
    vite = await import('vite');
  } catch {
    console.warn('console: vite is not installed (npm install --omit=dev?); the console is not built, the API works as before');
    return;
  }
  const started = Date.now();
  // the production builds of React and React Router, also when run from jest (NODE_ENV=test)
  process.env.NODE_ENV = 'production';
  await vite.build({ configFile: path.join(consoleDir, 'vite.config.mts'), mode: 'production', logLevel: 'warn' });
  fs.writeFileSync(stamp, hash);
  console.log(`console: built into console/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err) => {
  console.error('console: the build failed:', err && err.message ? err.message : err);
  process.exit(1);
});
