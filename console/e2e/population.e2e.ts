import { demoStations } from '@cp/demo-district';
import { composeResidentId } from '@cp/id-card';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startConsoleHarness, type ConsoleHarness } from './harness';

let h: ConsoleHarness;
const station = demoStations()[1];
const community = station.communities[0]; // 东四's officer holds its A post

beforeAll(async () => {
  h = await startConsoleHarness(inject('pgServerUrl'), 'e2e_population');
});
afterAll(() => h?.stop());

describe('console: population', () => {
  it('registers a floating resident, checked as typed, and finds them in the list and on the worklist until verified', async () => {
    const idNumber = composeResidentId('430102', '1991-07-15', 321, 'female');
    const wrong = `${idNumber.slice(0, 17)}${idNumber[17] === '0' ? '1' : '0'}`;
    const page = await h.browser.newPage({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
    await h.login(page, 'dongsi', 'Dongsi@2026');
    await expect.poll(() => page.url()).toContain('/population/worklist'); // an officer's landing page
    await expect.poll(() => page.getByTestId('worklist').textContent(), { timeout: 30_000 }).toMatch(/走访|检查|核查|今天没有/);

    await page.getByRole('menuitem', { name: '实有人口' }).click();
    await page.getByRole('button', { name: '登记人员' }).click();
    const drawer = page.locator('.ant-drawer-content');
    await drawer.getByLabel('姓名').fill('韩流动');
    await drawer.getByLabel('公民身份号码').fill(wrong);
    await expect.poll(() => drawer.textContent()).toContain('校验位不正确'); // refused as typed, before any request
    await drawer.getByLabel('公民身份号码').fill(idNumber);
    await expect.poll(() => drawer.textContent()).toContain('女，1991-07-15 出生');
    const select = (label: string) => drawer.locator('.ant-form-item', { hasText: label }).locator('.ant-select-selector');
    await select('类别').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('流动人口').click();
    await drawer.getByLabel('户籍地行政区划代码').fill('430102');
    await select('社区').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(`${community.name}（${station.name}）`).click();
    await drawer.getByRole('button', { name: /登\s*记/ }).click();

    await expect.poll(() => page.getByTestId('resident-name').textContent(), { timeout: 30_000 }).toBe('韩流动');
    await page.getByRole('menuitem', { name: '实有人口' }).click();
    await page.getByPlaceholder('姓名或身份号码').fill(idNumber);
    await page.getByPlaceholder('姓名或身份号码').press('Enter');
    await expect.poll(() => page.locator('table tbody').textContent()).toContain('韩流动');

    // a new floating resident is verified at home within three days: on the list, coming up
    await page.getByRole('menuitem', { name: '今日工作' }).click();
    const row = page.locator('[data-testid="worklist"] tr', { hasText: '韩流动' });
    await expect.poll(() => row.textContent(), { timeout: 30_000 }).toContain('新登记流动人口');
    expect(await row.textContent()).toContain('信息核查');
    await row.getByRole('button', { name: /记\s*录/ }).click();
    await page.locator('.ant-modal-content').getByLabel('情况说明').fill('上门核查，信息一致');
    await page
      .locator('.ant-modal-content')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await expect.poll(() => page.locator('[data-testid="worklist"] tr', { hasText: '韩流动' }).count()).toBe(0);
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/worklist.png`, fullPage: true });
    await page.close();
  });

  it("shows a station head the data quality of the station's communities, with a chart", async () => {
    const qianmen = demoStations()[0];
    const page = await h.browser.newPage({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
    await h.login(page, 'qianmen', 'Qianmen@2026');
    await page.getByRole('menuitem', { name: '数据质量' }).click();
    const rows = page.locator('[data-testid="quality-table"] tbody tr.ant-table-row');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(Math.min(20, qianmen.communities.length));
    expect(await page.locator('[data-testid="quality-table"] tbody').textContent()).toContain(qianmen.communities[0].name);
    await expect.poll(() => page.locator('[data-testid="quality-chart"] .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/quality.png`, fullPage: true });
    await page.close();
  });
});
