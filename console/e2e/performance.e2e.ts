import { demoStations } from '@cp/demo-district';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chooseOption, startConsoleHarness, type ConsoleHarness } from './harness';

let h: ConsoleHarness;

beforeAll(async () => {
  h = await startConsoleHarness(inject('pgServerUrl'), 'e2e_performance');
});
afterAll(() => h?.stop());

describe('console: performance', () => {
  it("ranks the stations from the recorded work, opens a station's scorecard, and publishes the quarter", async () => {
    const page = await h.browser.newPage({ viewport: { width: 1500, height: 1000 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
    await h.login(page, 'admin', 'Admin@2026');
    await page.getByRole('menuitem', { name: '考核排名' }).click();
    const rows = page.locator('[data-testid="ranking"] tbody tr.ant-table-row');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(demoStations().length);
    expect(await page.locator('[data-testid="ranking"]').textContent()).toContain('优秀');
    expect(await page.getByText('本期未发布').count()).toBe(1);

    // the first station's scorecard: every indicator with its facts and points, adding up to the total
    const firstTotal = (await rows.first().locator('td').nth(2).textContent())!.trim();
    await rows.first().click();
    const lines = page.getByTestId('scorecard-lines');
    await expect.poll(() => lines.textContent(), { timeout: 30_000 }).toContain('流动人口登记率');
    expect(await lines.textContent()).toContain('群众安全感满意度');
    expect((await page.getByTestId('scorecard-total').textContent())!.trim()).toBe(String(Number(firstTotal)));
    await expect.poll(() => page.getByTestId('scorecard-trend').count(), { timeout: 60_000 }).toBe(1); // four quarters, computed live
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/scorecard.png` });
    await page.locator('.ant-drawer-close').click();

    await page.getByRole('button', { name: '发布本期' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /发\s*布/ })
      .click();
    await expect.poll(() => page.locator('.ant-card-extra').textContent(), { timeout: 60_000 }).toContain('已发布');
    await rows.first().click();
    await expect.poll(() => page.locator('.ant-drawer').textContent()).toContain('已发布快照');
    await page.locator('.ant-drawer-close').click();

    // the bottom of the ranking is warned; the warning is answered with measures
    const warnings = page.getByTestId('warnings');
    await expect.poll(() => warnings.textContent(), { timeout: 30_000 }).toMatch(/亮牌警告|重点督办/);
    await warnings
      .getByRole('button', { name: /签\s*收/ })
      .first()
      .click();
    await page.locator('.ant-modal-content').getByLabel('整改措施').fill('所长约谈，下季度补齐走访和核查');
    await page
      .locator('.ant-modal-content')
      .getByRole('button', { name: /签\s*收/ })
      .click();
    await expect.poll(() => warnings.textContent()).toContain('东城分局管理员');
    await page.close();
  });

  it("drills from a community's line to the records behind it, in the remote that owns them", async () => {
    const page = await h.browser.newPage({ viewport: { width: 1500, height: 1000 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
    await h.login(page, 'admin', 'Admin@2026');
    await page.getByRole('menuitem', { name: '考核排名' }).click();
    await page.locator('label', { hasText: '社区' }).first().click();
    const rows = page.locator('[data-testid="ranking"] tbody tr.ant-table-row');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBeGreaterThan(10);
    const community = (await rows.first().locator('td').nth(1).textContent())!.trim();
    await rows.first().click();
    const rental = page.getByTestId('scorecard-lines').locator('tr', { hasText: '出租房屋登记率' });
    await expect.poll(() => rental.count(), { timeout: 30_000 }).toBe(1);
    await rental.getByRole('link', { name: '查看记录' }).click();
    await expect.poll(() => page.url()).toContain('/population/housing?community=');
    const table = page.locator('[data-testid="housing"]');
    await expect.poll(() => page.locator('.ant-card-extra').textContent(), { timeout: 30_000 }).toContain(community);
    expect(await page.locator('.ant-checkbox-wrapper', { hasText: '出租未备案' }).locator('input').isChecked()).toBe(true);
    const texts = await table.locator('tbody tr.ant-table-row').allTextContents();
    expect(texts.every((t) => t.includes(community) && t.includes('未备案'))).toBe(true);
    await page.close();
  });

  it('lets a station head enter a satisfaction survey for one of the station’s communities', async () => {
    const qianmen = demoStations()[0];
    const community = qianmen.communities[0];
    const page = await h.browser.newPage({ viewport: { width: 1500, height: 1000 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
    await h.login(page, 'qianmen', 'Qianmen@2026');
    await page.getByRole('menuitem', { name: '满意度调查' }).click();
    await chooseOption(page, page.locator('.ant-card-body'), `${community.name}（${qianmen.name}）`);
    await page.getByLabel('满意', { exact: true }).fill('47');
    await page.getByLabel('基本满意').fill('2');
    await page.getByLabel('不满意').fill('1');
    await page.getByRole('button', { name: /录\s*入/ }).click();
    await expect.poll(() => page.getByTestId('survey-rounds').textContent(), { timeout: 30_000 }).toContain('98.0%');
    await page.close();
  });
});
