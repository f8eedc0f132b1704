import fs from 'node:fs';
import path from 'node:path';
import { buildAppSchema, printAppSchema } from './schema';

/** `npm run schema:emit`: writes `schema.graphql` from the code-first schema. */
buildAppSchema()
  .then((schema) => {
    const file = path.resolve(__dirname, '../../schema.graphql');
    fs.writeFileSync(file, printAppSchema(schema));
    console.log(`Wrote ${file}`);
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
