// @ts-expect-error plain ESM helper shared by the services that call the gateway
import { codegenConfig } from '../codegen-config.mjs';

export default codegenConfig();
