import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the console from the committed schema.graphql: every `graphql(...)`
 * call in console/src gets its result and variables types. `CODEGEN_OUT` writes elsewhere
 * (the staleness test compares a fresh run with the committed files).
 */
const out = process.env.CODEGEN_OUT ?? 'console/src/graphql/generated/';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['console/src/**/*.{ts,tsx}', '!console/src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        nonOptionalTypename: true,
        scalars: { DateTime: 'string', LocalDate: 'string', LocalTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
