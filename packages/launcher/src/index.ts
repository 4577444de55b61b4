export {
  startPlatformInProcess,
  preparePlatformDatabases,
  subgraphDefinitions,
  consoleDocuments,
  type InProcessPlatform,
  type InProcessOptions,
} from './in-process';
export { startConsoleServer } from './console-server';
export { SERVICES, ROOT } from './services';
export { waitForHttp } from './wait';
export { startPlatformProcesses, HAPROXY, type PlatformProcesses, type PlatformProcessesOptions, type ProcessName } from './processes';
