import { demoStations } from '@cp/demo-district';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gql, loginAs } from '@cp/testkit';
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
    // from a station's rank to the records behind one indicator: its communities' shares, then one community's records
    await rows.first().click();
    await expect.poll(() => page.locator('.ant-drawer').textContent()).toContain('已发布快照');
    const floating = page.getByTestId('scorecard-lines').locator('tr.ant-table-row', { hasText: '流动人口登记率' });
    await floating.locator('.ant-table-row-expand-icon').click();
    const shares = page.getByTestId('station-breakdown').locator('tbody tr.ant-table-row');
    await expect.poll(() => shares.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const community = (await shares.first().locator('td').first().textContent())!.trim();
    await shares.first().getByRole('link', { name: '查看记录' }).click();
    await expect.poll(() => page.url()).toContain('/population/residents?community=');
    await expect
      .poll(() => page.getByTestId('residents-ledger').locator('.ant-form-item', { hasText: '社区' }).first().textContent(), { timeout: 30_000 })
      .toContain(community);
    await page.getByRole('menuitem', { name: '考核排名' }).click();
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(demoStations().length);

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
    await expect.poll(() => table.locator('.ant-form-item', { hasText: '社区' }).first().textContent(), { timeout: 30_000 }).toContain(community);
    expect(await page.locator('.ant-checkbox-wrapper', { hasText: '出租未备案' }).locator('input').isChecked()).toBe(true);
    const texts = await table.locator('tbody tr.ant-table-row').allTextContents();
    expect(texts.every((t) => t.includes(community) && t.includes('未备案'))).toBe(true);

    // the overdue line opens the disputes overdue during the period, as many as the line counts
    // (on a community among the first fifty shown that has some: the page ranks the last quarter)
    const now = new Date(Date.now() + 8 * 3_600_000);
    const q = Math.floor(now.getUTCMonth() / 3);
    const quarter = q === 0 ? `${now.getUTCFullYear() - 1}-Q4` : `${now.getUTCFullYear()}-Q${q}`;
    const admin = await loginAs(h.platform.gatewayUrl, 'admin', 'Admin@2026');
    const ranked = (
      await gql(h.platform.gatewayUrl, `query($p: String!) { ranking(period: $p, level: community) { name lines { code numerator } } }`, { p: quarter }, admin)
    ).data!.ranking as Array<{ name: string; lines: Array<{ code: string; numerator: number | null }> }>;
    const withOverdue = ranked.slice(0, 50).find((r) => (r.lines.find((l) => l.code === 'OVERDUE_DISPUTES')?.numerator ?? 0) > 0)!;
    expect(withOverdue).toBeTruthy();
    await page.goBack();
    await page.locator('label', { hasText: '社区' }).first().click();
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBeGreaterThan(10);
    await rows.filter({ hasText: withOverdue.name }).first().click();
    const overdue = page.getByTestId('scorecard-lines').locator('tr', { hasText: '超期未化解纠纷数' });
    await expect.poll(() => overdue.count(), { timeout: 30_000 }).toBe(1);
    const counted = Number((await overdue.locator('td').nth(3).textContent())!.match(/\d+/)![0]);
    await overdue.getByRole('link', { name: '查看记录' }).click();
    await expect.poll(() => page.url()).toContain('overdueSince=');
    await expect.poll(() => page.getByTestId('ledger-period').textContent(), { timeout: 30_000 }).toContain('期间曾逾期');
    expect(counted).toBeGreaterThan(0);
    // exactly the disputes counted: the ledger's total, over every page
    await expect
      .poll(() => page.getByTestId('dispute-ledger').locator('.ant-pagination-total-text').textContent(), { timeout: 30_000 })
      .toBe(`共 ${counted} 条`);
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/ledger-overdue-in-period.png`, fullPage: true });
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

    // a typing error is corrected by a correction entry, with its reason; the original stays, struck through
    const rows = page.getByTestId('survey-rounds').locator('tbody tr.ant-table-row');
    await rows
      .filter({ hasText: '98.0%' })
      .first()
      .getByRole('button', { name: /更\s*正/ })
      .click();
    const modal = page.locator('.ant-modal-content', { hasText: '更正理由' });
    await modal.getByLabel('满意', { exact: true }).fill('45');
    await modal.getByLabel('不满意').fill('3');
    await modal.getByRole('button', { name: '提交更正' }).click();
    await expect.poll(() => modal.locator('.ant-form-item-explain-error').first().textContent()).toContain('请写明更正理由');
    await modal.getByLabel('更正理由').fill('不满意 3 份漏录');
    await modal.getByRole('button', { name: '提交更正' }).click();
    await expect.poll(() => rows.filter({ hasText: '更正记录' }).first().textContent(), { timeout: 15_000 }).toContain('94.0%');
    expect(await rows.filter({ hasText: '已更正，不计入' }).first().textContent()).toContain('98.0%');
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/survey-corrected.png`, fullPage: true });
    await page.close();

    // the community's own officer reads the rounds and enters none
    const officer = await h.browser.newPage({ viewport: { width: 1500, height: 1000 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
    await h.login(officer, 'dongsi', 'Dongsi@2026');
    await officer.goto(`${h.base}/performance/surveys`);
    await expect.poll(() => officer.locator('.ant-alert').textContent(), { timeout: 15_000 }).toContain('由派出所或分局录入');
    expect(await officer.getByRole('button', { name: /录\s*入/ }).count()).toBe(0);
    await officer.close();
  });

  it("scores an officer's short line as the duty deputy, and the month's total becomes half long line, half short line", async () => {
    const qianmen = demoStations()[0];
    const admin = await loginAs(h.platform.gatewayUrl, 'admin', 'Admin@2026');
    const groups = await gql(h.platform.gatewayUrl, `query($s: ID!) { policeGroups(stationId: $s) { members { id } } }`, { s: qianmen.id }, admin);
    const onDuty = new Set(groups.data!.policeGroups.flatMap((g: { members: Array<{ id: string }> }) => g.members.map((m) => m.id)));
    const month = new Date(Date.now() + 8 * 3_600_000);
    month.setUTCDate(1);
    month.setUTCMonth(month.getUTCMonth() - 1);
    const period = month.toISOString().slice(0, 7);
    const cards = await gql(h.platform.gatewayUrl, `{ ranking(period: "${period}", level: officer) { scopeId name stationId total } }`, {}, admin);
    const officer = cards.data!.ranking.find(
      (c: { stationId: string; scopeId: string; total: number | null }) => c.stationId === qianmen.id && onDuty.has(c.scopeId) && c.total !== null,
    );

    const page = await h.browser.newPage({ viewport: { width: 1500, height: 1000 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
    await h.login(page, 'qianmen', 'Qianmen@2026');
    await page.getByRole('menuitem', { name: '考核排名' }).click();
    await page.getByTestId('period-kind').getByText('月通报').click();
    await page.locator('label', { hasText: '社区民警' }).click();
    const row = page.locator('[data-testid="ranking"] tbody tr.ant-table-row', { hasText: officer.name });
    await expect.poll(() => row.count(), { timeout: 60_000 }).toBe(1);
    expect(await row.textContent()).toContain('未评');
    await row.click();
    const section = page.getByTestId('dual-track');
    await section.getByLabel('短线评分').fill('88');
    await section.getByLabel('评分依据').fill('本月值班 9 次，处警及时无差错');
    await section.getByRole('button', { name: '短线评分' }).click();
    const combined = (Math.round(((officer.total + 88) / 2) * 100) / 100).toFixed(2);
    await expect.poll(() => row.textContent(), { timeout: 30_000 }).toContain('88');
    expect(await row.textContent()).toContain(combined);
    expect(await section.textContent()).toContain('本月值班 9 次');
    await page.close();
  });

  it('lets a station rate the functional departments, and the district read the ranking with the examples', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1500, height: 1000 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
    await h.login(page, 'qianmen', 'Qianmen@2026');
    await page.getByRole('menuitem', { name: '逆考评' }).click();
    const form = page.getByTestId('rate-COMMAND_CENTRE');
    await form.getByLabel('响应及时').fill('90');
    await form.getByLabel('支撑有效').fill('80');
    await form.getByLabel('不转嫁责任').fill('50');
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => form.textContent()).toContain('有一项低于 60 分，请写明事例');
    await form.getByLabel('事例').fill('社区安防检查任务两次转派到所');
    await form.getByRole('button', { name: /保\s*存/ }).click();
    const ranking = page.getByTestId('department-ranking');
    const first = ranking.locator('tbody tr.ant-table-row').first();
    await expect.poll(() => first.textContent(), { timeout: 30_000 }).toContain('73.33');
    expect(await first.textContent()).toContain('指挥中心');
    await expect.poll(() => form.getByRole('button', { name: /修\s*改/ }).count()).toBe(1);
    await page.close();

    const district = await h.browser.newPage({ viewport: { width: 1500, height: 1000 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
    await h.login(district, 'admin', 'Admin@2026');
    await district.getByRole('menuitem', { name: '逆考评' }).click();
    const top = district.getByTestId('department-ranking').locator('tbody tr.ant-table-row').first();
    await expect.poll(() => top.textContent(), { timeout: 30_000 }).toContain('73.33');
    await top.locator('.ant-table-row-expand-icon').click();
    await expect.poll(() => district.getByTestId('department-ranking').textContent()).toContain('社区安防检查任务两次转派到所');
    expect(await district.getByTestId('department-ranking').textContent()).toContain(demoStations()[0].name);
    // beside each rating, what the department pushed down this period (none yet in this district: 0 次)
    expect(await district.getByTestId('department-ranking').locator('thead').first().textContent()).toContain('推送任务（送达 / 被拒）');
    expect(await top.textContent()).toMatch(/\d+ 次（\d+ \/ \d+）/);
    if (process.env.E2E_SCREENSHOTS) await district.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/reverse-with-pushes.png`, fullPage: true });
    await district.close();
  });

  it('lets the district set a station its own target for an indicator', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1500, height: 1000 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
    await h.login(page, 'admin', 'Admin@2026');
    await page.getByRole('menuitem', { name: '考核指标' }).click();
    const row = page.getByTestId('indicators').locator('tr.ant-table-row', { hasText: '出租房屋登记率' });
    await row.getByRole('button', { name: /调\s*整/ }).click();
    const modal = page.locator('.ant-modal-content');
    await chooseOption(page, modal.locator('.ant-form-item', { hasText: '派出所' }).last(), demoStations()[1].name);
    await modal.getByLabel(/目标/).fill('90');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => row.textContent(), { timeout: 30_000 }).toContain('1 处');
    await row.locator('.ant-table-row-expand-icon').click();
    await expect.poll(() => page.getByTestId('overrides-RENTAL_REGISTRATION').textContent()).toContain(`派出所：${demoStations()[1].name}`);
    expect(await page.getByTestId('overrides-RENTAL_REGISTRATION').textContent()).toContain('90%');
    await page.close();
  });

  it('lets the district switch on a manual indicator and a station enter its value with the evidence', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1500, height: 1000 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
    await h.login(page, 'admin', 'Admin@2026');
    await page.getByRole('menuitem', { name: '考核指标' }).click();
    const row = page.getByTestId('indicators').locator('tr.ant-table-row', { hasText: '突出治安隐患申报整治' });
    await row.locator('.ant-switch').click();
    await expect.poll(() => row.locator('.ant-switch-checked').count(), { timeout: 30_000 }).toBe(1);
    await page.close();

    const qianmen = demoStations()[0];
    const station = await h.browser.newPage({ viewport: { width: 1500, height: 1000 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
    await h.login(station, 'qianmen', 'Qianmen@2026');
    await station.getByRole('menuitem', { name: '人工指标' }).click();
    await chooseOption(station, station.getByTestId('manual-community'), `${qianmen.communities[0].name}（${qianmen.name}）`);
    await station.getByLabel('数值').fill('1');
    await station.getByLabel('佐证').fill('已整改');
    await station.getByRole('button', { name: /录\s*入/ }).click();
    await expect.poll(() => station.locator('.ant-form').textContent()).toContain('请写明佐证');
    await station.getByLabel('佐证').fill('背街小巷照明不足，已加装路灯 12 盏，分局验收单 2026-031');
    await station.getByRole('button', { name: /录\s*入/ }).click();
    await expect.poll(() => station.getByTestId('manual-values').textContent(), { timeout: 30_000 }).toContain('分局验收单 2026-031');
    expect(await station.getByTestId('manual-values').textContent()).toContain('突出治安隐患申报整治');
    await station.close();
  });
});
