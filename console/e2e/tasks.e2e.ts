import { demoStaffing, demoStations } from '@cp/demo-district';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chooseOption, startConsoleHarness, type ConsoleHarness } from './harness';

let h: ConsoleHarness;
const stations = demoStations(40);
const dongsi = stations[1];
const staffing = demoStaffing(stations);
const dongsiOfficer = staffing.officers.find(
  (o) => o.id === staffing.posts.find((p) => p.communityId === dongsi.communities[0].id && p.role === 'A')!.officerId,
)!;
const shot = (name: string) => (process.env.E2E_SCREENSHOTS ? `${process.env.E2E_SCREENSHOTS}/${name}.png` : undefined);

beforeAll(async () => {
  h = await startConsoleHarness(inject('pgServerUrl'), 'e2e_tasks');
});
afterAll(() => h?.stop());

describe('console: tasks', () => {
  it('lets the district direct a task to an officer, who hears of it at once, finds it in the inbox beside the standing work and closes it with a written report', async () => {
    // the officer is at the console already: the bell counts what is open and listens for new tasks
    const officer = await h.browser.newPage();
    await h.login(officer, 'dongsi', 'Dongsi@2026');
    const count = officer.locator('.ant-badge .ant-badge-count');
    await expect.poll(() => count.count()).toBe(1);
    const before = Number(await count.getAttribute('title'));

    const page = await h.browser.newPage();
    await h.login(page, 'admin', 'Admin@2026');
    await page.getByRole('menuitem', { name: '下达任务' }).click();
    await page.getByTestId('issue-template').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('社情反馈').click();
    await expect.poll(() => page.getByText('完成标准：书面反馈').count()).toBe(1);
    await chooseOption(page, page.getByTestId('issue-officer'), dongsiOfficer.name);
    await page.getByLabel('任务', { exact: true }).fill('了解东四北大街夜间施工扰民情况');
    await page.getByRole('button', { name: /下\s*达/ }).click();
    await expect.poll(() => page.getByText(/已下达，期限/).count()).toBe(1);
    await page.close();

    await expect.poll(() => officer.getByText('东城分局管理员：了解东四北大街夜间施工扰民情况').count()).toBe(1);
    await expect.poll(async () => Number(await count.getAttribute('title'))).toBe(before + 1);
    const arrived = shot('task-arrived');
    if (arrived) await officer.screenshot({ path: arrived });
    await officer.getByTestId('inbox-badge').click();
    // the rules' own work is in the same list, each row leading to where its record is made
    const standing = officer.getByTestId('task-inbox').locator('tr', { hasText: '工作规则' });
    await expect.poll(() => standing.count()).toBeGreaterThan(0);
    expect(await standing.first().getByRole('link').textContent()).toMatch(/去走访|去检查|去处置/);
    const all = shot('task-inbox-all');
    if (all) await officer.screenshot({ path: all, fullPage: true });
    await officer.getByText('指令与推送').click();
    const row = officer.getByTestId('task-inbox').locator('tr', { hasText: '了解东四北大街夜间施工扰民情况' });
    await expect.poll(() => row.textContent()).toContain('东城分局管理员');
    expect(await row.textContent()).toContain('指令任务');
    await row.getByRole('button', { name: /完\s*成/ }).click();
    const modal = officer.locator('.ant-modal-content');
    await modal.getByLabel('书面反馈').fill('已了解');
    await modal.getByRole('button', { name: /完\s*成/ }).click();
    await expect.poll(() => modal.getByText('请写明发现的情况').count()).toBe(1); // a word is not a report
    await modal.getByLabel('书面反馈').fill('施工方已承诺夜间 22 时后停工，居民无异议');
    await modal.getByRole('button', { name: /完\s*成/ }).click();
    await expect.poll(() => row.textContent()).toContain('已完成');
    const screenshot = shot('task-inbox');
    if (screenshot) await officer.screenshot({ path: screenshot, fullPage: true });
    const rows = await h.sql('tasks', 'select status, report from task where officer_id = ?', [dongsiOfficer.id]);
    expect(rows).toEqual([{ status: 'done', report: '施工方已承诺夜间 22 时后停工，居民无异议' }]);
    await officer.close();
  });

  it('shows the district its admissions and every department’s pushes this quarter', async () => {
    const page = await h.browser.newPage();
    await h.login(page, 'admin', 'Admin@2026');
    await page.getByRole('menuitem', { name: '任务准入' }).click();
    await page.getByRole('button', { name: '登记准入申请' }).click();
    const modal = page.locator('.ant-modal-content');
    await modal.getByLabel('职能部门').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('人口管理大队').click();
    await modal.getByLabel('任务标准件').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('人员核查走访').click();
    await modal.getByLabel('理由').fill('流动人口居住登记到期前需上门核查');
    await modal.getByRole('button', { name: /登\s*记/ }).click();
    const row = page.getByTestId('admissions').locator('tr', { hasText: '人口管理大队' });
    await expect.poll(() => row.textContent()).toContain('待审核');
    // the one who entered it cannot admit it
    await row.getByRole('button', { name: /准\s*入/ }).click();
    await page.locator('.ant-modal-content').getByLabel('审核意见').fill('同意');
    await page
      .locator('.ant-modal-content')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await expect.poll(() => page.getByText('不能审核本人提出的准入申请').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('push-counts').textContent()).toContain('本季度没有推送');
    const screenshot = shot('task-admissions');
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
    await page.close();
  });
  it('writes the officer’s month from the records already made, exports it to Excel matching them and prints it', async () => {
    const page = await h.browser.newPage({ acceptDownloads: true });
    await h.login(page, 'dongsi', 'Dongsi@2026');
    await page.getByRole('menuitem', { name: '工作记录与台账' }).click();
    await expect.poll(() => page.getByText(/任务办理记录 \d+/).count()).toBe(1);
    const monthStart = `${new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7)}-01T00:00:00+08:00`;
    const [visits, tasks] = await Promise.all([
      h.sql('population', "select count(*)::int as n from visit where officer_id = ? and at >= ? and at < (?::timestamptz + interval '1 month')", [
        dongsiOfficer.id,
        monthStart,
        monthStart,
      ]),
      h.sql('tasks', "select count(*)::int as n from task where officer_id = ? and issued_at >= ? and issued_at < (?::timestamptz + interval '1 month')", [
        dongsiOfficer.id,
        monthStart,
        monthStart,
      ]),
    ]);
    const download = page.waitForEvent('download');
    await page.getByTestId('ledger-excel').click();
    const file = await (await download).path();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const rows = (name: string) => book.getWorksheet(name)!.rowCount - 2; // the title and the header
    expect(book.worksheets.map((w) => w.name)).toEqual(['走访核查记录', '单位检查记录', '矛盾纠纷处置记录', '任务办理记录']);
    expect(rows('走访核查记录') + rows('单位检查记录')).toBe(visits[0].n);
    expect(rows('任务办理记录')).toBe(tasks[0].n);
    expect(tasks[0].n).toBeGreaterThanOrEqual(1); // the task directed and closed above
    expect(String(book.getWorksheet('任务办理记录')!.getCell(1, 1).value)).toMatch(/社区工作记录（\d{4}年\d{1,2}月）/);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('ledger-print').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const printed = shot('ledger-print');
    if (printed) await page.screenshot({ path: printed, fullPage: true });
    await page.close();
  });
});
