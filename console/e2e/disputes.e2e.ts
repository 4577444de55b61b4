import { demoStations } from '@cp/demo-district';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gql, loginAs } from '@cp/testkit';
import { startConsoleHarness, type ConsoleHarness } from './harness';

let h: ConsoleHarness;
const dongsi = demoStations(40)[1];

beforeAll(async () => {
  h = await startConsoleHarness(inject('pgServerUrl'), 'e2e_disputes');
});
afterAll(() => h?.stop());

/** Picks the first option of an antd Select by keyboard (dropdowns animate; clicks race them). */
async function pickFirst(page: Page, label: string) {
  await page.locator('.ant-drawer-content').getByLabel(label, { exact: true }).click(); // the drawer's, not the ledger's search form
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
}

/** Chooses an option of an antd Select in the open dropdown, and waits until the choice shows (on a busy machine the first click can miss). */
async function choose(page: Page, label: string, option: string) {
  await expect
    .poll(
      async () => {
        await page.getByLabel(label, { exact: true }).click();
        await page
          .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
          .getByTitle(option, { exact: true })
          .click({ timeout: 2_000 })
          .catch(() => undefined);
        return page.locator('.ant-modal-content .ant-select-selection-item').allTextContents();
      },
      { timeout: 15_000 },
    )
    .toContain(option);
}

async function inModal(page: Page, fill: () => Promise<void>) {
  const modal = page.locator('.ant-modal-content');
  await modal.waitFor();
  await fill();
  await modal.getByRole('button', { name: /确\s*定/ }).click();
  // a dialog that stays open says why (a refusal, a field left empty)
  await modal.waitFor({ state: 'detached', timeout: 20_000 }).catch(async () => {
    throw new Error(`对话框未关闭：${await modal.textContent()}`);
  });
}

describe('console: a dispute from registration to the risk map', () => {
  it('registers a dispute, assesses and escalates it to the station head, and sees its grid turn red on the map', async () => {
    const [head] = await h.sql('staffing', "select name from officer where station_id = ? and role = 'station_head'", [dongsi.id]);
    const page = await h.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await h.login(page, 'dongsi', 'Dongsi@2026');
    await page.goto(`${h.base}/disputes/ledger`);
    await page.getByRole('button', { name: '登记纠纷' }).click();

    // instant validation: submitting empty shows the required fields in Chinese
    await page.getByRole('button', { name: /^登\s*记$/ }).click();
    await expect.poll(() => page.getByText('请填写标题').count()).toBeGreaterThan(0);

    await page.getByLabel('标题').fill('孙某与李某楼道堆物邻里纠纷');
    await pickFirst(page, '类别');
    await pickFirst(page, '社区');
    await pickFirst(page, '警格');
    await page.getByLabel('发生地址').fill('东四北大街 8 号');
    await page.getByPlaceholder('姓名').first().fill('孙某');
    await page.getByRole('button', { name: /^登\s*记$/ }).click();

    await expect.poll(() => page.getByTestId('dispute-status').textContent(), { timeout: 30_000 }).toBe('已登记');
    const id = page.url().split('/').pop()!;
    const [row] = await h.sql('disputes', 'select grid_id, community_id, title from dispute where id = ?', [id]);
    expect(row).toMatchObject({ community_id: dongsi.communities[0].id, grid_id: dongsi.communities[0].gridId, title: '孙某与李某楼道堆物邻里纠纷' });

    await page
      .getByTestId('dispute-actions')
      .getByRole('button', { name: /^研\s*判$/ })
      .click();
    await inModal(page, async () => {
      await choose(page, '风险等级', '重大');
      await page.getByText('有威胁、扬言等言行').click();
      await page.getByLabel('研判意见').fill('一方扬言报复，需重点关注');
    });
    await expect.poll(() => page.getByTestId('dispute-status').textContent()).toBe('已研判');
    await expect.poll(() => page.getByTestId('dispute-risk').textContent()).toContain('60');

    // 分级处置 follows the risk: assessed 重大, the station head takes it in person
    await expect.poll(() => page.getByTestId('dispute-grade').textContent()).toBe('重大');
    await expect.poll(() => page.getByTestId('dispute-handler').textContent()).toContain(head.name);
    expect(await page.getByTestId('dispute-timeline').textContent()).toContain('研判：已登记 → 已研判（处置级别 一般 → 重大）');

    // the officer can no longer act alone on a major dispute
    await page.getByTestId('dispute-actions').getByRole('button', { name: '开始调解' }).click();
    await page.getByLabel('说明').fill('约双方调解');
    await page
      .locator('.ant-modal-content')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await expect.poll(() => page.getByText('应由所长处置').count()).toBeGreaterThan(0);
    await page
      .locator('.ant-modal-content')
      .getByRole('button', { name: /取\s*消/ })
      .click();

    await page.goto(`${h.base}/disputes/map`);
    const cell = page.locator(`[data-testid="risk-map"] path[data-grid="${dongsi.communities[0].gridName}"]`);
    await expect.poll(() => cell.getAttribute('data-band'), { timeout: 30_000 }).toBe('high');
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/risk-map.png`, fullPage: true });
    await page.close();
  });

  it("transfers a dispute to a body chosen from the district's directory, which the district keeps", async () => {
    const page = await h.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await h.login(page, 'dongsi', 'Dongsi@2026');
    // a dispute outside police jurisdiction, registered and assessed as the officer would
    const officer = await loginAs(h.platform.gatewayUrl, 'dongsi', 'Dongsi@2026');
    const input = { title: '工资拖欠纠纷', category: 'labour', source: 'walk_in', communityId: dongsi.communities[0].id, parties: [{ name: '周某' }] };
    const registered = await gql(
      h.platform.gatewayUrl,
      'mutation ($i: RegisterDisputeInput!) { registerDispute(input: $i) { dispute { id version } } }',
      { i: input },
      officer,
    );
    const d = registered.data!.registerDispute.dispute as { id: string; version: number };
    const assess = { ...d, riskLevel: 'general', note: '非公安管辖' };
    await gql(h.platform.gatewayUrl, 'mutation ($i: AssessDisputeInput!) { assessDispute(input: $i) { errors { code } } }', { i: assess }, officer);
    await page.goto(`${h.base}/disputes/d/${d.id}`);
    await page.getByTestId('dispute-actions').getByRole('button', { name: '移交三调联动' }).click();
    await inModal(page, async () => {
      await choose(page, '移交至', '司法所');
      // only this area's judicial office is offered, with its telephone
      await page.getByLabel('接收单位（名录）', { exact: true }).click();
      const offered = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
      await expect.poll(() => offered.allTextContents()).toEqual([expect.stringMatching(/^东四司法所（010-\d+）$/)]);
      await offered.first().click();
      await page.getByLabel('移交理由').fill('涉及劳动报酬，移交司法所调解');
    });
    await expect.poll(() => page.getByTestId('dispute-status').textContent()).toBe('已移交');
    const [t] = await h.sql('disputes', 'select receiver_name, receiver_id from dispute_transfer where dispute_id = ?', [d.id]);
    expect(t.receiver_name).toBe('东四司法所');
    expect(await page.getByText('司法所 · 东四司法所').count()).toBe(1);
    await page.close();

    const admin = await h.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await h.login(admin, 'admin', 'Admin@2026');
    await admin.goto(`${h.base}/disputes/receivers`);
    const [{ n }] = await h.sql('disputes', 'select count(*)::int as n from receiving_body');
    await expect.poll(() => admin.getByText(`共 ${n} 个`).count()).toBe(1);
    await admin.getByTestId('receiver-new').click();
    await admin
      .locator('.ant-modal-content')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await expect.poll(() => admin.getByText('请选择类别').count()).toBe(1); // checked before it is sent
    if (process.env.E2E_SCREENSHOTS) await admin.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/receivers.png`, fullPage: true });
    await admin.close();
  });
});
