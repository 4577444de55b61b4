/**
 * GraphQL Code Generator for a service that reads other domains through the gateway: types every
 * `graphql(...)` document in `src/` against the published contract (schema/api.graphql) into
 * `src/gql/` (not committed). A call that no longer matches the contract fails the build here.
 * Documents are plain strings (`documentMode: 'string'`): the gateway client posts their text.
 * The whole-platform tests (integration-tests/) type their operations with the same settings.
 */
export const codegenConfig = ({
  schema = '../../schema/api.graphql',
  documents = ['src/**/*.ts', '!src/gql/**/*', '!src/**/*.spec.ts', '!src/**/*.int-spec.ts'],
} = {}) => ({
  schema,
  documents,
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { documentMode: 'string', useTypeImports: true, enumsAsTypes: true, avoidOptionals: { field: true, inputValue: false } },
    },
  },
});
