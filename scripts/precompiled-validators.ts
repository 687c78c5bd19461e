// An esbuild plugin for the build: reconciler/desired/precompiled-validators.ts becomes ajv's standalone code for
// each validator of reconciler/desired/schemas.ts, made by the same createAjv() with the same options, so that the
// compiled CLI validates exactly as the sources do without compiling the schemas at every start.
import { _ } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Plugin } from 'esbuild';
import path from 'node:path';
import { createAjv, VALIDATORS, type ValidatorName } from '../reconciler/desired/schemas';

const NAMESPACE = 'precompiled-validator';

export function precompiledValidators(root: string): Plugin {
  const formats = path.join(root, 'reconciler', 'desired', 'schema-formats.ts');
  return {
    name: NAMESPACE,
    setup(build) {
      build.onLoad({ filter: /[\\/]reconciler[\\/]desired[\\/]precompiled-validators\.ts$/ }, () => {
        const names = Object.keys(VALIDATORS);
        return {
          contents: `${names.map((name) => `import ${name} from '${NAMESPACE}:${name}';`).join('\n')}\nexport const PRECOMPILED = { ${names.join(', ')} };\n`,
          loader: 'js',
        };
      });
      build.onResolve({ filter: new RegExp(`^${NAMESPACE}:`) }, (args) => ({ path: args.path.slice(NAMESPACE.length + 1), namespace: NAMESPACE }));
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
        const { schema, useDefaults } = VALIDATORS[args.path as ValidatorName];
        // The generated code requires ajv's small run-time helpers and our formats; esbuild bundles both.
        const ajv = createAjv({ useDefaults, code: { source: true, esm: true, formats: _`require(${formats}).SCHEMA_FORMATS` } });
        return { contents: standaloneCode(ajv, ajv.compile(schema)), loader: 'js', resolveDir: root };
      });
    },
  };
}
