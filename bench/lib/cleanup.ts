/**
 * Cleanups that must run however the benchmark ends: normal exit, an error, or ctrl-c.
 * Async ones run on the normal path and on signals; `onExitSync` ones also run from the
 * process 'exit' event (last resort: only synchronous work is possible there).
 */
type Cleanup = () => Promise<void> | void;

const asyncCleanups: Cleanup[] = [];
const syncCleanups = new Set<() => void>();
let running: Promise<void> | undefined;

/** Registers an async cleanup (run last-registered first). Returns a function that unregisters it. */
export function onCleanup(fn: Cleanup): () => void {
  asyncCleanups.push(fn);
  return () => {
    const i = asyncCleanups.indexOf(fn);
    if (i >= 0) asyncCleanups.splice(i, 1);
  };
}

/** Registers a synchronous last-resort cleanup, run on process exit if still registered. */
export function onExitSync(fn: () => void): () => void {
  syncCleanups.add(fn);
  return () => syncCleanups.delete(fn);
}

/** Runs every registered cleanup once (in reverse order), ignoring their failures. */
export function runCleanups(): Promise<void> {
  running ??= (async () => {
    while (asyncCleanups.length) {
      const fn = asyncCleanups.pop()!;
      try {
        await fn();
      } catch (err) {
        console.error('cleanup failed:', err);
      }
    }
    for (const fn of [...syncCleanups]) {
      try {
        fn();
      } catch {
        // last resort
      }
    }
    syncCleanups.clear();
  })();
  return running;
}

let installed = false;
/** Ctrl-c / SIGTERM: clean up, then exit 130 / 143. */
export function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping servers and the PostgreSQL cluster…`);
      const force = setTimeout(() => process.exit(code), 15_000);
      force.unref();
      void runCleanups().finally(() => process.exit(code));
    });
  }
  process.on('exit', () => {
    for (const fn of syncCleanups) {
      try {
        fn();
      } catch {
        // nothing more can be done
      }
    }
  });
}
