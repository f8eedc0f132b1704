import path from 'node:path';
import { loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('defaults to port 4000 and the embedded database in ./.crossdesk', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 4000, databaseUrl: undefined, dataDir: path.resolve('.crossdesk'), operatorToken: undefined });
  });

  it('reads every variable', () => {
    const c = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://u:p@h:5432/d', CROSSDESK_DATA_DIR: '/tmp/x', CROSSDESK_OPERATOR_TOKEN: 'a-long-enough-secret', DB_POOL_SIZE: '3' });
    expect(c).toMatchObject({ port: 8080, databaseUrl: 'postgres://u:p@h:5432/d', dataDir: '/tmp/x', operatorToken: 'a-long-enough-secret', dbPoolSize: 3 });
  });

  it('refuses bad values, naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ CROSSDESK_OPERATOR_TOKEN: 'short' })).toThrow(/CROSSDESK_OPERATOR_TOKEN/);
  });
});
