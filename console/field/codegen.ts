// @ts-expect-error plain ESM helper shared by the console packages
import { codegenConfig } from '../codegen-config.mjs';

export default codegenConfig();
