// After `vite build`: publishes the package's trusted documents (GraphQL Codegen's
// persisted-documents.json) next to its bundle, where the gateway reads them.
import { copyFileSync } from 'node:fs';

copyFileSync('src/gql/persisted-documents.json', 'dist/persisted-documents.json');
