import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT, startConsoleServer, startPlatformInProcess, type InProcessPlatform } from '@cp/launcher';
import { testDatabaseName } from '@cp/testkit';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';

/** The whole platform, the built console in front of it, and Chromium: what a browser spec drives. */
export interface ConsoleHarness {
  platform: InProcessPlatform;
  browser: Browser;
  base: string;
  sql(service: string, query: string, params?: unknown[]): Promise<Array<Record<string, any>>>;
  login(page: Page, username: string, password: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startConsoleHarness(serverUrl: string, label: string): Promise<ConsoleHarness> {
  const platform = await startPlatformInProcess({ serverUrl, databasePrefix: testDatabaseName(label), residentsPerCommunity: 40 });
  const consoleServer: Server = await startConsoleServer({ consoleDir: join(ROOT, 'console'), gatewayUrl: platform.gatewayUrl, port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(consoleServer.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  return {
    platform,
    browser,
    base,
    sql: (service, query, params = []) => platform.orms[service].em.getConnection().execute(query, params),
    async login(page, username, password) {
      await page.goto(`${base}/login`);
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('密码').fill(password);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.getByTestId('current-user').waitFor();
    },
    async stop() {
      await browser.close();
      await new Promise((r) => consoleServer.close(r));
      await platform.stop();
    },
  };
}
