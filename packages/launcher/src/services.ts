import { join } from 'node:path';

/** Repository root (this file is packages/launcher/{src,dist}/services.*). */
export const ROOT = join(__dirname, '../../..');

/** The subgraphs: name, default port, entry point. */
export const SERVICES = [
  { name: 'population', port: 4001 },
  { name: 'disputes', port: 4002 },
  { name: 'staffing', port: 4003 },
  { name: 'performance', port: 4004 },
  { name: 'tasks', port: 4005 },
].map((s) => ({ ...s, entry: join(ROOT, 'services', s.name, 'dist/main.js'), database: `cp_${s.name}` }));

export type ServiceName = (typeof SERVICES)[number]['name'];
