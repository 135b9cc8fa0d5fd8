// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Imports (decision 012): inside a module folder `./`, anything outside it through the package imports (#server/…,
 * #shared/…, #web/…, #cli/…, #tests/…, #scripts/…); never `../`. In flat config a later `no-restricted-imports` entry
 * replaces an earlier one for the same files, so each entry below lists every pattern that applies to its files.
 */
const noParentImports = { regex: '^\\.\\./', message: 'Import from outside this folder through #server/…, #shared/…, #web/… (decision 012), never ../.' };

/** The AI engine's internals (offline/, providers/, tasks/, engine.ts, …), by package import or by relative path. */
const aiInternals = ['^#server/ai/(?!index\\.ts$)', '(^|/)server/ai/(?!index\\.ts$)', '^(\\.\\./)+ai/(?!index\\.ts$)'];
const aiFrontDoor = 'Use the AI engine through its public API, #server/ai/index.ts (decision 012).';
const aiFrontDoorPatterns = aiInternals.map((regex) => ({ regex, message: aiFrontDoor }));

/** Web components render; data comes through their feature's hooks (decision 012). */
const dataInComponents = [
  { name: '@tanstack/react-query', importNames: ['useQuery', 'useMutation', 'useQueryClient', 'useInfiniteQuery', 'useSuspenseQuery'], message: "Fetch data in the feature's hooks/ (decision 012), not in a component." },
  { name: '#web/app/api-client.ts', importNames: ['api', 'createApiClient'], message: "Call the API from the feature's api/ through its hooks (decision 012)." },
];

/**
 * Only repositories query the database (decision 012): elsewhere in src/, drizzle-orm and the database client are
 * imported for their types alone (a `Db` handed on is not a query), and the Drizzle schema not at all (statuses and roles
 * come from #shared/vocabulary.ts). typescript-eslint's rule, because it tells type imports apart; being another rule
 * than `no-restricted-imports`, it adds to the entries above instead of replacing them. The exceptions are the files
 * that open, migrate or hand the database to a library (docs/architecture.md, "Rules that keep it this way").
 */
const onlyRepositoriesQuery = 'Only repositories (*.repo.ts) query the database: move the query into the module\'s repository (decision 012).';
const databaseImports = [
  { regex: '^drizzle-orm($|/)', allowTypeImports: true, message: onlyRepositoriesQuery },
  { regex: '^#server/db/client\\.ts$', allowTypeImports: true, message: onlyRepositoriesQuery },
  { regex: '^#server/db/(?!client\\.ts$)', message: `${onlyRepositoriesQuery} Statuses and roles come from #shared/vocabulary.ts.` },
];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'coverage', 'src/server/db/migrations', 'tests/e2e/artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      'no-console': 'error',
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/cli/**', 'bench/**', 'scripts/**', 'bin/**', 'tests/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noParentImports] }] },
  },
  {
    // One front door to the AI engine (decision 012): outside src/server/ai, only #server/ai/index.ts. The benchmarks and
    // the taxonomy build (bench/, scripts/) measure and build the engine's internals, so they are left out on purpose.
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    ignores: ['src/server/ai/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noParentImports, ...aiFrontDoorPatterns] }],
      // no-restricted-imports does not see import(): the lazy loads of the CLI go through the front door too.
      'no-restricted-syntax': ['error', ...aiInternals.map((regex) => ({ selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/]`, message: aiFrontDoor }))],
    },
  },
  {
    files: ['src/web/features/*/components/**/*.tsx', 'src/web/ui/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: dataInComponents, patterns: [noParentImports, ...aiFrontDoorPatterns] }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      '**/*.repo.ts',
      '**/*.test.ts',
      'src/server/db/**',
      // pg-boss keeps its jobs in the same database, and a job sent with a transaction commits with it.
      'src/server/platform/queue/queue.ts',
      // better-auth's Drizzle adapter is handed the schema and queries its own tables.
      'src/server/platform/auth/create-auth.ts',
      // opens and migrates the configured database.
      'src/server/main.ts',
    ],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: databaseImports }] },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
