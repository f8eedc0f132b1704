import http from 'node:http';

/**
 * The benchmarks' HTTP client: node:http with keep-alive sockets (one per concurrent
 * caller), lighter on the client's CPU than fetch, which matters on a 2-core machine where
 * the client, the server and PostgreSQL share the cores.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64, maxFreeSockets: 64 });

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const payload = Buffer.from(JSON.stringify(body));
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: u.hostname,
        port: u.port,
        path: u.pathname + u.search,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(payload.length), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** One GraphQL operation over HTTP POST. */
export async function gql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> {
  const res = await postJson(url, { query, variables }, token ? { authorization: `Bearer ${token}` } : {});
  let body: { data?: T; errors?: GqlResult['errors'] };
  try {
    body = JSON.parse(res.text);
  } catch {
    throw new Error(`HTTP ${res.status}: ${res.text.slice(0, 300)}`);
  }
  return { status: res.status, data: body.data, errors: body.errors };
}

/** The data of a successful operation; throws with the errors otherwise. */
export function ok<T>(res: GqlResult<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`GraphQL call failed (HTTP ${res.status}): ${JSON.stringify(res.errors)}`);
  return res.data;
}

export function closeHttpAgent(): void {
  agent.destroy();
}
