import fs from 'node:fs';
import path from 'node:path';
import {
  isEnumType,
  isInputObjectType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
  validate,
  type GraphQLSchema,
} from 'graphql';
import { GRAPHIQL_EXAMPLES } from '../../src/graphiql-examples';
import { buildAppSchema, printAppSchema } from '../../src/schema';
import { createDataSource } from '../../src/db/data-source';
import { ENTITIES } from '../../src/entities';
import { createTestDatabase } from '../support/database';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

describe('schema.graphql', () => {
  it('is the schema the code builds (run `npm run schema:emit` after changing the API)', () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8');
    expect(committed).toBe(printAppSchema(schema));
  });

  it('describes every type, field, argument, input field and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('GraphiQL examples', () => {
  it('are valid operations of the schema', () => {
    expect(validate(schema, parse(GRAPHIQL_EXAMPLES)).map((e) => e.message)).toEqual([]);
  });
});

describe('migrations', () => {
  it('leave nothing for the entities to add: the committed migrations are complete', async () => {
    const db = await createTestDatabase();
    const ds = createDataSource(db.url, { entities: ENTITIES, poolSize: 1 });
    try {
      await ds.initialize();
      await ds.runMigrations({ transaction: 'each' });
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      // every migration also reverts cleanly, and applies again
      for (let i = 0; i < ds.migrations.length; i++) await ds.undoLastMigration({ transaction: 'each' });
      expect(await ds.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> 'migrations'`)).toEqual([{ n: 0 }]);
      await ds.runMigrations({ transaction: 'each' });
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
