// `npm run gen:config-schema`: copies schemas/invitation.config.schema.json into reconciler/config-schema.generated.ts
// as a TypeScript constant, from which reconciler/config.ts derives the config type (TypeScript cannot read the
// literal types of a JSON file). Run it after changing the schema; a test fails while the copy is stale.
import { readFileSync, writeFileSync } from 'node:fs';

const SCHEMA = new URL('../schemas/invitation.config.schema.json', import.meta.url);
const TARGET = new URL('../reconciler/config-schema.generated.ts', import.meta.url);

const header = [
  '// Generated from schemas/invitation.config.schema.json by `npm run gen:config-schema`: do not edit. reconciler/config.ts',
  '// derives the config type from it; test/desired/config-schema.test.ts fails when it differs from the schema.',
];
const schema = JSON.stringify(JSON.parse(readFileSync(SCHEMA, 'utf8')), null, 2);
writeFileSync(TARGET, `${header.join('\n')}\nexport const CONFIG_SCHEMA = ${schema} as const;\n`);
