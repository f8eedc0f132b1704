import http from 'node:http';
import https from 'node:https';
import type { PinnedTarget } from '../../context';
import { pinnedLookup } from './webhook-target';

/** Kept-alive connections per instance; a connection is only ever opened to a checked address. */
const agents = { 'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }), 'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }) };

/** One answer: its status and at most `maxBody` bytes of its body. */
export interface PinnedAnswer {
  status: number;
  body: string | null;
}

/** A failed exchange: `timeout` when the time limit ran out, otherwise the network error's code. */
export class PinnedPostError extends Error {
  constructor(
    readonly kind: 'timeout' | 'network' | 'aborted',
    message: string,
  ) {
    super(message);
  }
}

/**
 * POSTs `body` to a checked target, connecting only to its checked addresses (the host
 * name still goes in `Host` and TLS SNI, and the certificate is checked against it).
 * Redirects are never followed; `timeoutMs` bounds the whole exchange, body included;
 * at most `maxBody` bytes of the answer are read, the rest is dropped with the connection.
 */
export function postPinned(
  target: PinnedTarget,
  options: { headers: Record<string, string>; body: string; timeoutMs: number; maxBody: number; signal?: AbortSignal },
): Promise<PinnedAnswer> {
  const { url } = target;
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise<PinnedAnswer>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const req = transport.request(url, {
      method: 'POST',
      agent: agents[url.protocol as 'http:' | 'https:'],
      lookup: pinnedLookup(target),
      headers: { ...options.headers, 'content-length': String(Buffer.byteLength(options.body)) },
    });
    const timer = setTimeout(() => {
      finish(() => reject(new PinnedPostError('timeout', 'timeout')));
      req.destroy();
    }, options.timeoutMs);
    const onAbort = () => {
      finish(() => reject(new PinnedPostError('aborted', 'aborted')));
      req.destroy();
    };
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (err: NodeJS.ErrnoException) => finish(() => reject(new PinnedPostError('network', err.code ?? err.message ?? 'network error'))));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        const all = Buffer.concat(chunks).subarray(0, options.maxBody);
        finish(() => resolve({ status: res.statusCode ?? 0, body: all.length ? new TextDecoder('utf-8', { fatal: false }).decode(all) : null }));
      };
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= options.maxBody) {
          done();
          res.destroy();
        }
      });
      res.on('end', done);
      res.on('error', (err: NodeJS.ErrnoException) => finish(() => reject(new PinnedPostError('network', err.code ?? err.message))));
    });
    req.end(options.body);
  });
}
