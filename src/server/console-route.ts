import fs from 'node:fs';
import path from 'node:path';
import express from 'express';

/** The repository root: the nearest folder above this file with a `console/` beside `package.json` (from src/ or dist/src/). */
function repositoryRoot(): string {
  let dir = __dirname;
  while (!(fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'console')))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

/** Where `npm run console:build` (Vite) writes the console. */
export const CONSOLE_DIST = path.join(repositoryRoot(), 'console', 'dist');

/** Paths the server answers itself: the console never shadows them. */
const SERVER_PATHS = /^\/(graphql|healthz|readyz|metrics|ruru-static)(\/|$)/;

const MISSING_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Crossdesk console not built</title></head>
<body><main><h1>The Crossdesk console is not built</h1>
<p>Run <code>npm run console:build</code> (or <code>npm install</code>, which builds it) and reload this page.
The GraphQL API and GraphiQL are at <a href="/graphql">/graphql</a>.</p></main></body></html>`;

/**
 * Serves the console (the web app built from `console/` by Vite) at `/`: hashed assets under
 * `/assets/` with a year-long immutable cache, other files as they are, and `index.html`
 * (never cached, so a new build is picked up) for every other GET a browser makes, so
 * client-side routes such as `/requests/<id>` survive a reload. The API paths are left alone.
 * When the build is missing, a page says how to build it.
 */
export function mountConsole(app: express.Express, dist: string = CONSOLE_DIST): void {
  const index = path.join(dist, 'index.html');
  app.use(
    '/assets',
    express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  app.use(express.static(dist, { index: false, maxAge: 0 }));
  app.get(/.*/, (req, res, next) => {
    if (SERVER_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('cache-control', 'no-cache');
    if (!fs.existsSync(index)) {
      res.status(503).type('html').send(MISSING_PAGE);
      return;
    }
    res.sendFile(index);
  });
}
