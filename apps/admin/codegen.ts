import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are relative to the workspace root (Nx runs commands there; the drift spec passes `cwd`).
export const SCHEMA = 'apps/api/schema.graphql';
export const DOCUMENTS = ['apps/admin/src/**/*.{ts,tsx}', '!apps/admin/src/graphql/generated/**'];
export const GENERATED_DIR = 'apps/admin/src/graphql/generated/';

export function adminCodegenConfig(outDir: string = GENERATED_DIR): CodegenConfig {
  return {
    overwrite: true,
    schema: SCHEMA,
    documents: DOCUMENTS,
    ignoreNoDocuments: false,
    generates: {
      [outDir]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          useTypeImports: true,
          enumType: 'string-literal',
          scalars: { DateTimeISO: 'string' },
          defaultScalarType: 'unknown',
          avoidOptionals: { field: true, inputValue: false },
          nonOptionalTypename: true,
          skipTypeNameForRoot: true,
        },
      },
    },
  };
}

// ADMIN_CODEGEN_OUT lets the drift spec generate into a temp dir and compare with the committed output.
export default adminCodegenConfig(process.env.ADMIN_CODEGEN_OUT || GENERATED_DIR);
