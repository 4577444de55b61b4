import { startPlatformInProcess, type InProcessPlatform } from '@cp/launcher';

/** A database-name prefix unique to this test file and run. */
export const testDatabaseName = (label: string): string =>
  `t_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${process.pid}_${Date.now().toString(36)}`;

/**
 * The whole platform in-process on its own databases, seeded with a small demo district
 * (`residentsPerCommunity` defaults to 40: about 6 500 residents, seconds to load).
 */
export function testPlatform(serverUrl: string, label: string, residentsPerCommunity = 40): Promise<InProcessPlatform> {
  return startPlatformInProcess({ serverUrl, databasePrefix: testDatabaseName(label), residentsPerCommunity });
}
