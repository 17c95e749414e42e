// One lint configuration for the workspace (flat config). `npm run lint` runs it with --max-warnings 0.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** A feature module's public surface is its entity, service, inputs, types and errors; the rest is its own. */
const MODULE_INTERNALS = ['../*/*.resolver', '../*/*.routes', '../*/*.loaders', '../*/*.scope', '../*/*.transitions', '../*/*.job'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'tmp/**',
      'data/**',
      'coverage/**',
      'apps/admin/src/graphql/generated/**',
      'apps/api/src/database/migrations/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { '@nx': nx },
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // TypeGraphQL resolvers are built by hand from a map keyed by class.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-console': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          // tools/ holds test and build helpers (throwaway MariaDB, migration generator), not a project of its own.
          allow: ['@hebei/demo-data', '^(\\.\\./)+tools/'],
          depConstraints: [
            { sourceTag: 'scope:domain', onlyDependOnLibsWithTags: ['scope:domain'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:domain'] },
            { sourceTag: 'scope:admin', onlyDependOnLibsWithTags: ['scope:domain'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:domain'] },
          ],
        },
      ],
    },
  },
  {
    // The rules library is pure: no framework, no I/O, no clock (DESIGN.md rule 3).
    files: ['libs/domain/src/**/*.ts'],
    ignores: ['libs/domain/src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\.)', message: 'libs/domain imports nothing but itself: no packages, no node:*' }] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Time is a parameter in libs/domain: pass today/now in.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Time is a parameter in libs/domain.',
        },
      ],
    },
  },
  {
    files: ['apps/api/src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: MODULE_INTERNALS, message: "Another feature module's internals: use its service, or move the mechanism to common/." },
          ],
        },
      ],
    },
  },
  {
    // Services read the injectable clock (common/clock.ts); only the clock itself may ask the system.
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/common/clock.ts', 'apps/api/src/main.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Use the injectable clock (clock.now()), never new Date().',
        },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Use the injectable clock.' },
      ],
    },
  },
  {
    files: ['apps/admin/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*/components/*', '../../pages/*/components/*'],
              message: "Another page's components: move shared ones to src/components/.",
            },
          ],
        },
      ],
    },
  },
  {
    // Tests may poke at loosely typed GraphQL answers.
    files: ['**/*.spec.ts', '**/*.spec.tsx', 'apps/api/test/**/*.ts', 'apps/admin-e2e/**/*.ts', 'tools/bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    files: ['tools/**/*.{ts,mjs}', 'apps/api/test/**/*.ts', 'apps/admin-e2e/**/*.ts', '**/*.config.{js,ts,mjs}', '.ci/**'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
