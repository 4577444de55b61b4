import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** One lint setup for every package; `npm test` runs it before the tests. */
export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.data/**',
      'schema/*.graphql',
      'console/*/src/gql/**',
      'services/*/src/gql/**',
      'integration-tests/src/gql/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off', // tests read untyped GraphQL responses
      // No deep imports across domains: domains meet through federation or a package's entry.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@cp/*/src/*', '@cp/*/dist/*', '**/services/*/src/**'],
              message: 'Import a package by its public entry; domains meet through federation.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['console/**/*.{ts,tsx}', 'packages/ui/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
