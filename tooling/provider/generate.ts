// `npm run gen`: writes typed cdktf bindings for the Auth0 provider into `.gen/providers/auth0`, the way
// `cdktf get` would, but offline: from the filtered provider schema kept next to this file.
//
//   npm run gen                                   regenerate `.gen/` from the kept schema (`npm ci` runs it:
//                                                 the `prepare` script; `.gen/` is not committed, docs/stack.md)
//   npm run gen -- --out DIR                      write the bindings somewhere else (tests compare byte for byte)
//   npm run gen -- --refresh-schema FULL.json     first rebuild the filtered schema from a full
//                                                 `terraform providers schema -json` dump
//
// Why not `cdktf get`: it needs the Terraform registry, which CI and these machines cannot reach.
import { existsSync, readFileSync, writeFileSync, rmSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeMaker } from 'codemaker';
import type { ConstructsMakerProviderTarget, ProviderSchema, TerraformProviderConstraint } from '@cdktf/commons';
import { FILTERED_SCHEMA_PATH } from './schema';
import { filterProviderSchema, AUTH0_PROVIDER_FQPN, AUTH0_PROVIDER_VERSION } from './schema-filter';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface ProviderGenerator {
  generate(target: ConstructsMakerProviderTarget): void;
  save(outdir: string): Promise<void>;
}

/**
 * Loads the generator lazily. @cdktf/commons runs `terraform version` when it is first loaded; with a terraform
 * binary on PATH whose TF_CLI_CONFIG_FILE names a missing file, terraform's warning ends up in our output. Pointing
 * it at an empty file keeps it quiet (it only affects that version probe: this script never runs terraform).
 * The package entry of @cdktf/provider-generator would also pull in its constructs maker, which wants jsii-pacmak
 * (only for non-TypeScript targets): load the provider generator module directly instead.
 */
async function loadGenerator() {
  const cliConfig = process.env.TF_CLI_CONFIG_FILE;
  if (cliConfig === undefined || !existsSync(cliConfig)) process.env.TF_CLI_CONFIG_FILE = '/dev/null';
  const commons = await import('@cdktf/commons');
  const { CodeMaker } = await import('codemaker');
  const require = createRequire(import.meta.url);
  const { TerraformProviderGenerator } = require('@cdktf/provider-generator/lib/get/generator/provider-generator') as {
    TerraformProviderGenerator: new (code: CodeMaker, schema: ProviderSchema) => ProviderGenerator;
  };
  return { commons, CodeMaker, TerraformProviderGenerator };
}

/** The provider constraint as written in cdktf.json, so `cdktf get` and `npm run gen` agree. */
function readProviderConstraint(
  Constraint: new (spec: string) => TerraformProviderConstraint,
): TerraformProviderConstraint {
  const cdktfJson = JSON.parse(readFileSync(path.join(projectRoot, 'cdktf.json'), 'utf8')) as {
    terraformProviders?: unknown[];
  };
  const entry = cdktfJson.terraformProviders?.find((p) => typeof p === 'string' && p.startsWith('auth0/auth0'));
  if (typeof entry !== 'string') throw new Error('cdktf.json: terraformProviders has no "auth0/auth0@..." entry');
  return new Constraint(entry);
}

/** Generates the bindings into `outRoot/providers/auth0`, replacing what was there. */
export async function generateProviderBindings(outRoot: string): Promise<void> {
  const { commons, CodeMaker, TerraformProviderGenerator } = await loadGenerator();
  const schema = JSON.parse(readFileSync(FILTERED_SCHEMA_PATH, 'utf8')) as ProviderSchema;
  // `cdktf get` adds the resolved version before generating; the bindings then pin it in required_providers.
  schema.provider_versions = { [AUTH0_PROVIDER_FQPN]: AUTH0_PROVIDER_VERSION };
  const typescript = commons.LANGUAGES.find((l) => l === commons.Language.TYPESCRIPT);
  if (!typescript) throw new Error('@cdktf/commons: TypeScript is not among LANGUAGES');
  const target = new commons.ConstructsMakerProviderTarget(
    readProviderConstraint(commons.TerraformProviderConstraint),
    typescript,
  );
  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, schema);
  generator.generate(target);
  rmSync(path.join(outRoot, 'providers', target.name), { recursive: true, force: true });
  mkdirSync(outRoot, { recursive: true });
  await generator.save(outRoot);
  markAsGenerated(path.join(outRoot, 'providers', target.name));
}

// The generator emits `protected synthesizeAttributes()` without `override`, which the project's strict
// tsconfig (noImplicitOverride) rejects. The bindings are checked by the generator's own tests, not ours: turn off
// checking inside them. Their exported types still check every use in stack/.
const NO_CHECK_HEADER = '// @ts-nocheck generated code: cdktf omits `override`, which this project\'s tsconfig requires\n';

function markAsGenerated(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) markAsGenerated(file);
    else if (entry.name.endsWith('.ts')) writeFileSync(file, NO_CHECK_HEADER + readFileSync(file, 'utf8'));
  }
}

function refreshFilteredSchema(fullSchemaFile: string): void {
  const full = JSON.parse(readFileSync(fullSchemaFile, 'utf8')) as unknown;
  writeFileSync(FILTERED_SCHEMA_PATH, JSON.stringify(filterProviderSchema(full), null, 2) + '\n');
  console.log(`wrote ${path.relative(projectRoot, FILTERED_SCHEMA_PATH)} from ${fullSchemaFile}`);
}

function optionValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined) throw new Error(`${name} needs a value`);
  return value;
}

async function main(args: string[]): Promise<void> {
  const fullSchema = optionValue(args, '--refresh-schema');
  if (fullSchema) refreshFilteredSchema(fullSchema);
  const outRoot = path.resolve(optionValue(args, '--out') ?? path.join(projectRoot, '.gen'));
  await generateProviderBindings(outRoot);
  console.log(`wrote ${path.join(path.relative(projectRoot, outRoot) || '.', 'providers/auth0')}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
