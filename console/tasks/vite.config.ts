import { defineConfig } from 'vite';
// @ts-expect-error plain ESM helper shared by the console packages
import { remoteConfig } from '../federation.mjs';

export default defineConfig(remoteConfig('tasks'));
