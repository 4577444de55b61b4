import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

/**
 * GraphQL Code Generator for a console package: types every operation in `src/` against the
 * client-facing schema the contract publishes (schema/api.graphql) into `src/gql/` (not committed).
 * It also writes `persisted-documents.json` (hash → document): the console's trusted documents,
 * registered with the gateway at build time. Documents carry `__typename` as Apollo's cache
 * asks for them, so the registered text is exactly what the console runs.
 */
export const codegenConfig = () => ({
  schema: '../../schema/api.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' } },
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: { useTypeImports: true, enumsAsTypes: true, avoidOptionals: { field: true, inputValue: false } },
    },
  },
});
