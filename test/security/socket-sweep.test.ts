/**
 * The revoked-token sweep (src/modules/auth/socket-sweep.ts) closes the sockets of revoked
 * tokens with 4401. It must close only those: a socket of a valid token that connects while
 * a sweep's lookup is in flight must stay open. Found by the authorization matrix, where
 * valid subscribers were sometimes closed with 4401 "token revoked". The lookup is injected,
 * so the test holds it open with a promise instead of slowing a query down with sleeps.
 */
import { SocketSweep } from '../../src/modules/auth/socket-sweep';

function socket() {
  const s = { closedWith: undefined as undefined | { code: number; reason: string }, close: (code: number, reason: string) => (s.closedWith = { code, reason }) };
  return s;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('SocketSweep', () => {
  it('closes the sockets of revoked tokens with 4401 and keeps the others', async () => {
    const sweep = new SocketSweep(async () => ['alive']);
    const [revoked, alive] = [socket(), socket()];
    sweep.add(revoked, 'gone');
    sweep.add(alive, 'alive');
    await sweep.sweep();
    expect(revoked.closedWith).toEqual({ code: 4401, reason: 'Unauthorized: token revoked' });
    expect(alive.closedWith).toBeUndefined();
  });

  it("keeps open a valid token's socket that connects while a sweep is checking the others", async () => {
    const answer = deferred<string[]>();
    const asked: string[][] = [];
    const sweep = new SocketSweep(async (ids) => {
      asked.push(ids);
      return answer.promise;
    });
    const first = socket();
    sweep.add(first, 'first');
    const running = sweep.sweep(); // its lookup is now in flight, for 'first' only
    const second = socket();
    sweep.add(second, 'second'); // connects meanwhile: not in this lookup's answer
    answer.resolve(['first']);
    await running;
    expect(asked).toEqual([['first']]);
    expect({ first: first.closedWith ?? 'open', second: second.closedWith ?? 'open' }).toEqual({ first: 'open', second: 'open' });
  });

  it('asks nothing while no socket is open, and forgets closed sockets', async () => {
    const asked: string[][] = [];
    const sweep = new SocketSweep(async (ids) => {
      asked.push(ids);
      return [];
    });
    await sweep.sweep();
    const s = socket();
    sweep.add(s, 'a');
    sweep.delete(s);
    await sweep.sweep();
    expect(asked).toEqual([]);
    expect(s.closedWith).toBeUndefined();
  });
});
