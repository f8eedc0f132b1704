import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const here = import.meta.dirname;

/**
 * The submit form checks data with the server's own rules: `src/modules/process-forms/form-fields.ts`
 * is imported as it is. Its one runtime import (storable-text, which also carries server-only
 * GraphQL plumbing) is swapped for the console's copy of the one function it uses.
 */
function sharedFormRules(): Plugin {
  return {
    name: 'crossdesk-shared-form-rules',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer?.endsWith(path.join('process-forms', 'form-fields.ts')) && source === '../../common/storable-text') {
        return path.join(here, 'src/forms/storable-text.ts');
      }
      return null;
    },
  };
}

export default defineConfig({
  root: here,
  base: '/',
  logLevel: 'warn',
  plugins: [sharedFormRules()],
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: { alias: { '@server-rules': path.resolve(here, '../src/modules/process-forms/form-fields.ts') } },
  build: {
    outDir: path.join(here, 'dist'),
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // React libraries mark their modules "use client" (for server components); harmless in a browser bundle
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: { proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } } },
});
