/**
 * Waiting on a growing list (pushed events, receiver hits, recorded attempts) for a
 * condition, never on time: `notify()` after each change re-checks every waiting predicate;
 * `waitFor` fails after `timeoutMs` with what `describe` says about the list.
 */
export function createWaiter<T>(list: () => T, describe: () => string) {
  const waiters = new Set<() => void>();
  return {
    notify(): void {
      waiters.forEach((w) => w());
    },
    waitFor(predicate: (current: T) => boolean, timeoutMs = 20_000): Promise<T> {
      if (predicate(list())) return Promise.resolve(list());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(describe()));
        }, timeoutMs);
        const check = () => {
          if (predicate(list())) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve(list());
          }
        };
        waiters.add(check);
      });
    },
  };
}
