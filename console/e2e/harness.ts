import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT, startConsoleServer, startPlatformInProcess, type InProcessPlatform } from '@cp/launcher';
import { testDatabaseName } from '@cp/testkit';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
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

/**
 * Picks an option of a searchable antd Select by typing and Enter, then waits until the choice
 * shows and the dropdown is gone (clicking options races their animation on a busy machine).
 */
export async function chooseOption(page: Page, field: Locator, text: string): Promise<void> {
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await field.locator('.ant-select-selector').click();
  await page.keyboard.type(text);
  // the options may still be on their way from the gateway
  await expect.poll(() => open.locator('.ant-select-item-option').count(), { timeout: 15_000 }).toBe(1);
  await page.keyboard.press('Enter');
  await expect.poll(() => field.locator('.ant-select-selection-item').textContent()).toContain(text);
  await expect.poll(() => open.count()).toBe(0);
}
