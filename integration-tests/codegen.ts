// @ts-expect-error plain ESM helper shared with the services that call the gateway
import { codegenConfig } from '../services/codegen-config.mjs';

/** Every operation the whole-platform tests send, typed against the published contract. */
export default codegenConfig({ schema: '../schema/api.graphql', documents: ['src/**/*.ts', '!src/gql/**/*'] });
