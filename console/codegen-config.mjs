/**
 * GraphQL Code Generator for a console package: types every operation in `src/` against the
 * client-facing schema the contract publishes (schema/api.graphql) into `src/gql/` (not committed).
 */
export const codegenConfig = () => ({
  schema: '../../schema/api.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, avoidOptionals: { field: true, inputValue: false } },
    },
  },
});
