import ExcelJS from 'exceljs';
import { demoStations } from '@cp/demo-district';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startConsoleHarness, type ConsoleHarness } from './harness';

let h: ConsoleHarness;
let browser: ConsoleHarness['browser'];
let platform: ConsoleHarness['platform'];
let base: string;

beforeAll(async () => {
  h = await startConsoleHarness(inject('pgServerUrl'), 'e2e');
  ({ browser, platform, base } = h);
});

afterAll(() => h?.stop());

const login = (page: Page, username: string, password: string) => h.login(page, username, password);

describe('console: the resident page', () => {
  it('logs in, opens a resident and shows their disputes and the duty officer', async () => {
    const community = demoStations()[1].communities[0].id; // 东四: the demo officer's own community
    const sql = (service: string, q: string, p: unknown[]) => platform.orms[service].em.getConnection().execute(q, p);
    const [row] = await sql(
      'disputes',
      `select p.resident_id, d.title from dispute_party p join dispute d on d.id = p.dispute_id where d.community_id = ? order by d.reported_at desc limit 1`,
      [community],
    );
    const [resident] = await sql('population', 'select name, id_number from resident where id = ?', [row.resident_id]);
    // without a roster for the station the A-role officer answers (the roster's effect has its own browser test)
    await sql('staffing', 'delete from roster_shift where station_id = ?', [demoStations(40)[1].id]);
    const [duty] = await sql(
      'staffing',
      `select o.name, o.badge_no from community_post p join officer o on o.id = p.officer_id where p.community_id = ? and p.role = 'A'`,
      [community],
    );

    const page = await browser.newPage();
    // the console sends the hashes its build registered (trusted documents), not query texts
    const sent: Array<{ query?: string; extensions?: { persistedQuery?: { sha256Hash: string } } }> = [];
    page.on('request', (r) => void (r.url().endsWith('/graphql') && r.method() === 'POST' && sent.push(r.postDataJSON())));
    await login(page, 'dongsi', 'Dongsi@2026');
    // an officer lands on today's work; the resident list comes from the population remote too
    await expect.poll(() => page.url()).toContain('/population/worklist');
    await page.getByRole('menuitem', { name: '实有人口' }).click();
    const rows = page.locator('table tbody tr.ant-table-row');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(20);
    const firstOnPage1 = await rows.first().textContent();
    await page.locator('.ant-pagination-item', { hasText: '2' }).click(); // the next page, from the server
    await expect.poll(() => page.locator('.ant-pagination-item-active').textContent()).toBe('2');
    await expect.poll(() => rows.first().textContent()).not.toBe(firstOnPage1);

    const search = page.getByPlaceholder('姓名、证件号码或地址');
    await search.fill(resident.id_number); // unmasked for the responsible officer
    await search.press('Enter');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByRole('link', { name: resident.name }).click();

    await expect.poll(() => page.getByTestId('resident-name').textContent(), { timeout: 30_000 }).toBe(resident.name);
    await expect.poll(() => page.getByTestId('resident-disputes').textContent()).toContain(row.title);
    const dutyText = await page.getByTestId('duty-officer').textContent();
    expect(dutyText).toContain(duty.name);
    expect(dutyText).toContain(duty.badge_no);
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/resident-page.png`, fullPage: true });
    expect(sent.length).toBeGreaterThan(3);
    expect(sent.filter((b) => b.query)).toEqual([]); // never had to fall back to the text
    expect(sent.every((b) => /^sha256:[0-9a-f]{64}$/.test(b.extensions?.persistedQuery?.sha256Hash ?? ''))).toBe(true);
    await page.close();
  });

  it('shows the login error in Chinese for a wrong password', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/login`);
    await page.getByLabel('用户名').fill('dongsi');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('用户名或密码错误');
    await page.close();
  });
});

describe('console: every domain remote', () => {
  it('shows the dispute ledger, the community posts and the indicator catalogue from their remotes', async () => {
    const qianmen = demoStations()[0];
    const sql = (service: string, q: string, p: unknown[] = []) => platform.orms[service].em.getConnection().execute(q, p);
    const [aOfficer] = await sql(
      'staffing',
      `select o.name from community_post p join officer o on o.id = p.officer_id where p.community_id = ? and p.role = 'A'`,
      [qianmen.communities[0].id],
    );
    const page = await browser.newPage();
    await login(page, 'qianmen', 'Qianmen@2026');

    await page.getByRole('menuitem', { name: '矛盾纠纷台账' }).click();
    await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(1);
    // community names come from population, through the gateway
    await expect.poll(() => page.locator('table tbody').textContent()).toContain(qianmen.communities[0].name.slice(0, 2));

    await page.getByRole('menuitem', { name: '社区岗位' }).click();
    await page.waitForURL('**/staffing/posts');
    // the ledger also names officers (handlers): wait for the posts table itself, one row per community
    await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 30_000 }).toBe(qianmen.communities.length);
    expect(await page.locator('table tbody').textContent()).toContain(aOfficer.name);

    await page.getByRole('menuitem', { name: '考核指标' }).click();
    await expect.poll(() => page.getByText('权重合计 100 分').count(), { timeout: 30_000 }).toBe(1);
    // every indicator is listed; those in use are the ones not greyed out
    const [{ n, active }] = await sql('performance', 'select count(*)::int as n, (count(*) filter (where active))::int as active from indicator');
    expect(await page.locator('table tbody tr.ant-table-row').count()).toBe(n);
    expect(await page.locator('table tbody tr.ant-table-row:not(.ant-table-row-disabled)').count()).toBe(active);
    await page.close();
  });
});

describe('console: the audit trail of personal data', () => {
  it('shows the district admin who read ID numbers in clear, and exports it; officers do not see it', async () => {
    const officerPage = await browser.newPage();
    await login(officerPage, 'dongsi', 'Dongsi@2026');
    expect(await officerPage.getByRole('menuitem', { name: '个人信息访问记录' }).count()).toBe(0);
    await officerPage.close();

    const page = await browser.newPage();
    await login(page, 'admin', 'Admin@2026');
    await page.getByRole('menuitem', { name: '个人信息访问记录' }).click();
    // the first test had 东四's officer open a resident page with the ID number in clear
    await expect.poll(() => page.locator('table tbody').textContent(), { timeout: 30_000 }).toContain('dongsi');
    expect(await page.locator('table tbody').textContent()).toContain('查看人员档案'); // the operation, in Chinese
    // searching narrows the trail; the export carries every matching row, in Chinese
    const total = page.getByTestId('audit').locator('.ant-pagination-total-text');
    await page.getByPlaceholder('用户名或客户端标识').fill('nobody');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await expect.poll(() => page.getByTestId('audit').locator('.ant-empty').count()).toBe(1);
    await page.getByPlaceholder('用户名或客户端标识').fill('dongsi');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await expect.poll(() => total.textContent()).toMatch(/^共 [1-9]\d* 条$/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ledger-export').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const sheet = book.worksheets[0];
    expect(sheet.rowCount - 2).toBe(Number((await total.textContent())!.match(/\d+/)![0]));
    const text = sheet.getSheetValues().flat().join(' ');
    expect(sheet.getRow(2).values).toContain('读取人');
    expect(text).toContain('dongsi');
    expect(text).toContain('明文');
    expect(text).toContain('社区民警');
    expect(text).not.toMatch(/community_officer|Resident|ResidentPage/);
    await page.close();
  });
});
