/**
 * The floors of the house, checked on every CI run (`npm run check:layers`): a module
 * imports only what stands below it. From the ground up:
 *
 *   common/                  errors, ids, access basics, pagination, scalars, clock, logger: imports nothing of ours
 *   context.ts               the per-request context and the shapes of the app services
 *   db/                      data source, transactions, loaders and batched child pages
 *   the model                every feature's *.entity.ts, *.types.ts and *.access.ts (its visibility rule):
 *                            they import only the ground floors and each other
 *   modules/, in MODULE_ORDER (each imports only the modules before it, and any module's model)
 *   loaders.ts, entities.ts, schema.ts   the registries that name every feature
 *   server/, server.ts       the parts of a running server and their composition
 *   main.ts, demo*.ts, emit-schema.ts, generate-migration.ts, tools/   entry points (tools/tool-run.ts: their shared runner), imported by nobody
 */
const MODULE_ORDER = ['auth', 'members', 'idempotency', 'events', 'sla', 'partner-groups', 'process-forms', 'departments', 'requests', 'automation', 'timers', 'webhooks'];

const MODEL = '^src/modules/[^/]+/[^/]+\\.(entity|types|access)\\.ts$';

const moduleOrder = MODULE_ORDER.map((name, i) => ({
  name: `module-order-${name}`,
  comment: `modules/${name} may import only the modules before it in MODULE_ORDER (${MODULE_ORDER.slice(0, i).join(', ') || 'none'}), and the model of any`,
  severity: 'error',
  from: { path: `^src/modules/${name}/`, pathNot: MODEL },
  to: {
    path: `^src/modules/(${MODULE_ORDER.slice(i + 1).join('|') || '$^'})/`,
    pathNot: MODEL,
  },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import circle, type-only imports included: every arrow runs down.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'common-is-the-ground',
      comment: 'common/ imports nothing of ours but common/.',
      severity: 'error',
      from: { path: '^src/common/' },
      to: { path: '^src/', pathNot: '^src/common/' },
    },
    {
      name: 'context-stands-on-common',
      comment: 'context.ts declares what features need (loaders, bus, feed) and names none of them.',
      severity: 'error',
      from: { path: '^src/context\\.ts$' },
      to: { path: '^src/', pathNot: '^src/common/' },
    },
    {
      name: 'db-imports-no-module',
      comment: 'db/ stands on common/ and context.ts only: the entity list comes from src/entities.ts as a parameter.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/', pathNot: '^src/(common/|context\\.ts$|db/)' },
    },
    {
      name: 'model-stands-on-the-ground',
      comment: 'Entities, types and access rules import only the ground floors and the model.',
      severity: 'error',
      from: { path: MODEL },
      to: { path: '^src/', pathNot: `^src/(common/|context\\.ts$|db/)|${MODEL}` },
    },
    {
      name: 'modules-below-the-registries',
      comment: 'Features import no registry, server part or entry point: those stand above them.',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: '^src/', pathNot: '^src/(common/|context\\.ts$|db/|modules/)' },
    },
    {
      name: 'server-parts-below-the-composition',
      comment: 'src/server/ parts do not import the composition (server.ts) or an entry point.',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/((server|main|demo-main|emit-schema|generate-migration)\\.ts|tools/.+)$' },
    },
    {
      name: 'entry-points-are-imported-by-nobody',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/((main|demo-main|emit-schema|generate-migration)\\.ts|tools/(?!tool-run\\.ts$).+)$' },
    },
    ...moduleOrder,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['cjs', 'es6'],
  },
};
