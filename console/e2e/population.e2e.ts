import { demoStations } from '@cp/demo-district';
import { composeResidentId } from '@cp/id-card';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chooseOption, startConsoleHarness, type ConsoleHarness } from './harness';

let h: ConsoleHarness;

/** Types a Beijing date `days` from today into an antd DatePicker (typing beats clicking through its panel). */
async function typeDate(page: Page, picker: Locator, days: number): Promise<string> {
  const date = new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  await picker.click();
  await page.keyboard.type(date);
  await page.keyboard.press('Enter');
  return date;
}
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
    await typeDate(page, drawer.getByLabel('来本地日期'), -3);
    await chooseOption(page, drawer.locator('.ant-form-item', { hasText: '社区' }), `${community.name}（${station.name}）`);
    await drawer.getByRole('button', { name: /登\s*记/ }).click();

    await expect.poll(() => page.getByTestId('resident-name').textContent(), { timeout: 30_000 }).toBe('韩流动');
    await page.getByRole('menuitem', { name: '实有人口' }).click();
    await page.getByPlaceholder('姓名、证件号码或地址').fill(idNumber);
    await page.getByPlaceholder('姓名、证件号码或地址').press('Enter');
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

  it('lets an officer register a unit and record an inspection with a deadline, and list a resident for care with a visit', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
    await h.login(page, 'dongsi', 'Dongsi@2026');
    await page.getByRole('menuitem', { name: '实有单位' }).click();
    await page.getByRole('button', { name: '登记单位' }).click();
    const modal = page.locator('.ant-modal-content').filter({ hasText: '登记实有单位' });
    await modal.getByLabel('单位名称').fill('东四便民药店');
    await modal.getByRole('switch').click();
    await chooseOption(page, modal.locator('.ant-form-item', { hasText: '社区' }), `${community.name}（${station.name}）`);
    await modal.getByRole('button', { name: /登\s*记/ }).click();
    const row = page.locator('[data-testid="units"] tr', { hasText: '东四便民药店' });
    await expect.poll(() => row.textContent(), { timeout: 30_000 }).toContain('重点单位');
    expect(await row.textContent()).toContain('未检查');

    await row.getByRole('button', { name: '记录检查' }).click();
    const record = page.locator('.ant-modal-content').filter({ hasText: '记录检查' });
    await record.getByText('发现问题').click();
    const deadline = await typeDate(page, record.getByLabel('整改期限'), 10);
    await record.getByLabel('情况说明').fill('灭火器过期');
    await record.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => row.textContent()).toContain(`限 ${deadline} 整改`);

    // a resident of the officer's community, listed for care, then visited
    await page.getByRole('menuitem', { name: '实有人口' }).click();
    await page.locator('table tbody tr a').first().click();
    const care = page.getByTestId('resident-care');
    await expect.poll(() => care.textContent(), { timeout: 30_000 }).toContain('重点对象与走访');
    await care.getByRole('button', { name: '列为重点对象' }).click();
    const list = page.locator('.ant-modal-content').filter({ hasText: '列为重点对象' });
    await chooseOption(page, list.locator('.ant-form-item', { hasText: '类别' }), '孤寡、空巢老人');
    await list.getByRole('button', { name: /列\s*管/ }).click();
    await expect.poll(() => care.textContent()).toContain('孤寡、空巢老人 · 每 30 天');
    await care.getByRole('button', { name: '记录走访' }).click();
    await page
      .locator('.ant-modal-content')
      .filter({ hasText: '记录走访' })
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await expect.poll(() => care.locator('tbody').textContent()).toContain('走访');
    await page.close();
  });

  it("files the station's residents as a ledger: total, sorted by the server, a page jumped to, filtered, exported whole and audited", async () => {
    const qianmen = demoStations()[0];
    const page = await h.browser.newPage({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN', acceptDownloads: true });
    await h.login(page, 'qianmen', 'Qianmen@2026');
    await page.getByRole('menuitem', { name: '实有人口' }).click();
    const ledger = page.getByTestId('residents-ledger');
    const total = async (where = '') =>
      Number((await h.sql('population', `select count(*)::int as n from resident where station_id = ? ${where}`, [qianmen.id]))[0].n);
    const all = await total();
    await expect.poll(() => ledger.locator('.ant-pagination-total-text').textContent(), { timeout: 30_000 }).toBe(`共 ${all} 条`);
    const firstName = () => ledger.locator('tbody tr.ant-table-row td').first().textContent();

    // sorted by name over the whole station, not the page shown
    await ledger.getByRole('columnheader', { name: '姓名' }).click();
    const byName = await h.sql('population', `select name from resident where station_id = ? order by name, id offset 40 limit 1`, [qianmen.id]);
    const quick = ledger.locator('.ant-pagination-options-quick-jumper input');
    await quick.fill('3');
    await quick.press('Enter');
    await expect.poll(firstName).toBe(byName[0].name); // page 3 of 20 a page starts at row 41
    expect(await ledger.locator('.ant-pagination-item-active').textContent()).toBe('3');

    // filtered: floating residents only, from the first page
    await ledger.locator('.ant-form-item', { hasText: '类别' }).locator('.ant-select-selector').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('流动人口').click();
    await ledger.getByRole('button', { name: /查\s*询/ }).click();
    const floating = await total(`and kind = 'floating'`);
    await expect.poll(() => ledger.locator('.ant-pagination-total-text').textContent()).toBe(`共 ${floating} 条`);
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/residents-ledger.png`, fullPage: true });

    // the export: every floating resident, in the order on screen, masked as on screen, each read audited as exported
    const download = page.waitForEvent('download');
    await ledger.getByTestId('ledger-export').click();
    const file = await (await download).path();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0];
    expect(sheet.rowCount - 2).toBe(floating); // the heading and the header
    expect(sheet.getRow(2).values).toContain('证件号码');
    const ordered = await h.sql('population', `select name from resident where station_id = ? and kind = 'floating' order by name, id limit 1`, [qianmen.id]);
    expect(sheet.getRow(3).getCell(1).value).toBe(ordered[0].name);
    const audited = await h.sql(
      'population',
      `select count(distinct subject_id)::int as n from personal_data_access where operation = 'ExportResidents' and username = 'qianmen'`,
    );
    expect(audited[0].n).toBe(floating);
    await page.close();
  });

  it("lets the district set a category's visit frequency", async () => {
    const page = await h.browser.newPage({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
    await h.login(page, 'admin', 'Admin@2026');
    await page.getByRole('menuitem', { name: '重点对象类别' }).click();
    const days = page.getByLabel('留守儿童走访间隔');
    await expect.poll(() => days.inputValue(), { timeout: 30_000 }).toBe('30');
    await days.fill('14');
    await days.blur();
    await expect.poll(() => page.getByText('已保存：留守儿童').count()).toBeGreaterThan(0);
    await page.reload();
    await expect.poll(() => page.getByLabel('留守儿童走访间隔').inputValue(), { timeout: 30_000 }).toBe('14');
    await page.close();
  });

  it('lets an officer register a rented flat at a standard address picked as typed, see it as unregistered with no tenants, and file its registration', async () => {
    const street = `测试${Date.now().toString(36)}胡同`;
    const fullText = `北京市东城区${street}8号2单元502室`;
    await h.sql('population', `insert into standard_address (id, full_text, community_id, grid_id) values (gen_random_uuid(), ?, ?, ?)`, [
      fullText,
      community.id,
      community.gridId,
    ]);
    const page = await h.browser.newPage({ viewport: { width: 1500, height: 1000 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
    await h.login(page, 'dongsi', 'Dongsi@2026');
    await page.getByRole('menuitem', { name: '实有房屋' }).click();
    await page.getByRole('button', { name: '登记房屋' }).click();
    const modal = page.locator('.ant-modal-content').filter({ hasText: '登记实有房屋' });
    await modal.getByLabel('标准地址').fill(`${street}8号二单元`); // the list is searched as the standard spelling
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(fullText).click();
    await modal.locator('.ant-form-item', { hasText: '用途' }).locator('.ant-select-selector').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('出租').click();
    await modal.getByLabel('房主（出租人）').fill('周房东');
    await typeDate(page, modal.getByLabel('出租起始日期'), -20);
    await modal.getByRole('button', { name: /登\s*记/ }).click();
    await expect.poll(() => modal.isVisible()).toBe(false);

    // a rental not yet filed, nobody registered as living there: both filters find it
    await page.locator('.ant-checkbox-wrapper', { hasText: '出租未备案' }).click();
    await page.locator('.ant-checkbox-wrapper', { hasText: '无登记住户' }).click();
    await page
      .getByTestId('housing')
      .getByRole('button', { name: /查\s*询/ })
      .click();
    const row = page.locator('[data-testid="housing"] tr', { hasText: fullText });
    await expect.poll(() => row.textContent(), { timeout: 30_000 }).toContain('周房东');
    expect(await row.textContent()).toContain('未备案');
    expect(await row.textContent()).toContain('租户未登记');

    await row.getByRole('button', { name: /修\s*改/ }).click();
    const edit = page.locator('.ant-modal-content').filter({ hasText: '修改房屋' });
    await typeDate(page, edit.getByLabel('登记备案日期（已备案时填写）'), -1);
    await edit.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => page.locator('[data-testid="housing"] tr', { hasText: fullText }).count()).toBe(0); // filed: off the 未备案 list
    await page.locator('.ant-checkbox-wrapper', { hasText: '出租未备案' }).click();
    await page
      .getByTestId('housing')
      .getByRole('button', { name: /查\s*询/ })
      .click();
    await expect.poll(() => page.locator('[data-testid="housing"] tr', { hasText: fullText }).textContent()).toContain('备案');
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/housing.png` });

    // a check of the dwelling, recorded in place
    const filed = page.locator('[data-testid="housing"] tr', { hasText: fullText });
    await filed.getByRole('button', { name: '记录核查' }).click();
    await page.locator('.ant-modal-content').filter({ hasText: '记录核查' }).getByLabel('情况说明').fill('房东在场，租户信息已核对');
    await page
      .locator('.ant-modal-content')
      .filter({ hasText: '记录核查' })
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await expect.poll(() => filed.textContent(), { timeout: 30_000 }).toContain('正常');

    // the same address twice is refused on its field
    await page.getByRole('button', { name: '登记房屋' }).click();
    await modal.getByLabel('标准地址').fill(`${street}8号2单元502室`);
    await modal.getByRole('button', { name: /登\s*记/ }).click();
    await expect.poll(() => modal.textContent()).toContain('该地址已登记房屋');
    await page.close();
  });

  it('imports residents from a CSV with bad rows (reported, nothing written) and from the corrected Excel file (written once)', async () => {
    const street = `导入${Date.now().toString(36)}巷`;
    const addressOf = (n: number) => `北京市东城区${street}${n}号1单元101室`;
    for (const n of [1, 2]) {
      await h.sql('population', `insert into standard_address (id, full_text, community_id, grid_id) values (gen_random_uuid(), ?, ?, ?)`, [
        addressOf(n),
        community.id,
        community.gridId,
      ]);
    }
    const good = composeResidentId('110101', '1966-06-06', 461, 'male');
    const floating = composeResidentId('510104', '1999-09-09', 462, 'female');
    const third = composeResidentId('110101', '1955-05-05', 463, 'female');
    const bad = `${third.slice(0, 17)}${third[17] === '0' ? '1' : '0'}`;
    const csv = `\uFEFF姓名,证件号码,类别,户籍地代码,来本地日期,住址\n导入甲,${good},户籍,,,${street}1号1单元101室\n导入乙,${floating},其他,510104,2026-01-05,${addressOf(2)}\n导入丙,${bad},户籍,,,\n`;

    const page = await h.browser.newPage({ viewport: { width: 1400, height: 1100 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
    await h.login(page, 'dongsi', 'Dongsi@2026');
    await page.getByRole('menuitem', { name: '批量导入' }).click();
    await chooseOption(page, page.locator('.ant-form-item', { hasText: '导入到社区' }), `${community.name}（${station.name}）`);
    await page.locator('input[type=file]').setInputFiles({ name: '人口台账.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.getByTestId('import-file').textContent()).toContain('人口台账.csv：3 行');
    await page.getByRole('button', { name: '开始校验' }).click();
    const refused = page.getByTestId('import-refused');
    await expect.poll(() => refused.textContent(), { timeout: 30_000 }).toContain('RESIDENT_ID_CHECKSUM');
    expect(await refused.textContent()).toContain('类别应为 户籍、流动 或 境外');
    expect(await page.getByTestId('import-progress').textContent()).toMatch(/拒绝\s*2/);
    expect(await page.getByRole('button', { name: '确认写入' }).isDisabled()).toBe(true);
    expect(await h.sql('population', `select id from resident where id_number = ?`, [good])).toEqual([]);

    const { default: writeXlsxFile } = await import('write-excel-file/node');
    const arrived = { value: new Date(Date.UTC(2026, 0, 5)), format: 'yyyy-mm-dd' };
    const xlsx = await writeXlsxFile([
      ['姓名', '证件号码', '类别', '户籍地代码', '来本地日期', '住址'],
      ['导入甲', good, '户籍', null, null, `${street}1号1单元101室`],
      ['导入乙', floating, '流动', '510104', arrived, addressOf(2)],
      ['导入丙', third, '户籍', null, null, null],
    ]).toBuffer();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: '人口台账.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });
    await expect.poll(() => page.getByTestId('import-file').textContent()).toContain('人口台账.xlsx：3 行');
    await page.getByRole('button', { name: '开始校验' }).click();
    await expect.poll(() => page.getByTestId('import-progress').textContent(), { timeout: 30_000 }).toMatch(/通过\s*3/);
    await page.getByRole('button', { name: '确认写入' }).click();
    await expect.poll(() => page.getByTestId('import-progress').textContent(), { timeout: 30_000 }).toContain('已写入 3 行');
    const written = await h.sql('population', `select id_number, name, kind, arrived_on::text from resident where id_number = any(?::text[])`, [
      `{${good},${floating},${third}}`,
    ]);
    expect(Object.fromEntries(written.map((r) => [r.id_number, [r.name, r.kind, r.arrived_on]]))).toEqual({
      [good]: ['导入甲', 'registered', null],
      [floating]: ['导入乙', 'floating', '2026-01-05'],
      [third]: ['导入丙', 'registered', null],
    });
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/import.png`, fullPage: true });
    await page.close();
  });

  it('lets an officer merge two records of one person from the data-quality page, keeping the visits of both', async () => {
    const [{ id: addressId }] = await h.sql('population', `select id from standard_address where community_id = ? order by full_text limit 1`, [community.id]);
    const [keep, dup] = [composeResidentId('110101', '1948-08-08', 481, 'female'), composeResidentId('110101', '1948-08-08', 482, 'female')];
    for (const idNumber of [keep, dup]) {
      await h.sql(
        'population',
        `insert into resident (id, name, id_number, sex, birth_date, kind, station_id, community_id, address_id, version) values (gen_random_uuid(), '重复甲', ?, 'female', '1948-08-08', 'registered', ?, ?, ?, 1)`,
        [idNumber, station.id, community.id, addressId],
      );
    }
    const [{ id: dupId }] = await h.sql('population', `select id from resident where id_number = ?`, [dup]);
    await h.sql(
      'population',
      `insert into visit (id, subject_type, subject_id, kind, outcome, officer_name, at, station_id, community_id) values (gen_random_uuid(), 'resident', ?, 'visit', 'normal', '民警', now() - interval '3 days', ?, ?)`,
      [dupId, station.id, community.id],
    );

    const page = await h.browser.newPage({ viewport: { width: 1500, height: 1000 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
    await h.login(page, 'dongsi', 'Dongsi@2026');
    await page.getByRole('menuitem', { name: '数据质量' }).click();
    const row = page.locator('[data-testid="quality-table"] tr', { hasText: community.name }).first();
    await expect.poll(() => row.textContent(), { timeout: 30_000 }).toMatch(/\d+ 组/);
    await row.getByRole('button', { name: /组/ }).click();
    const group = page.locator('[data-testid="duplicate-group"]', { hasText: keep });
    await expect.poll(() => group.count(), { timeout: 30_000 }).toBe(1);
    await group.getByLabel(`保留 ${keep}`).check();
    await group.getByPlaceholder(/合并理由/).fill('身份号码录错，核实为同一人');
    await group.getByRole('button', { name: '合并到保留的记录' }).click();
    await expect.poll(() => page.locator('[data-testid="duplicate-group"]', { hasText: keep }).count(), { timeout: 30_000 }).toBe(0);

    expect(await h.sql('population', `select id from resident where id_number = ?`, [dup])).toEqual([]);
    const [{ n }] = await h.sql('population', `select count(*)::int as n from visit v join resident r on r.id = v.subject_id where r.id_number = ?`, [keep]);
    expect(n).toBe(1);
    await page.close();
  });

  it("registers a resident's household with them as its head, from their page", async () => {
    const idNumber = composeResidentId('110101', '1977-07-07', 491, 'male');
    await h.sql(
      'population',
      `insert into resident (id, name, id_number, sex, birth_date, kind, station_id, community_id, version) values (gen_random_uuid(), '立户甲', ?, 'male', '1977-07-07', 'registered', ?, ?, 1)`,
      [idNumber, station.id, community.id],
    );
    const [{ id }] = await h.sql('population', `select id from resident where id_number = ?`, [idNumber]);
    const page = await h.browser.newPage({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
    await h.login(page, 'dongsi', 'Dongsi@2026');
    await page.goto(`${h.base}/population/residents/${id}`);
    const card = page.getByTestId('household');
    await expect.poll(() => card.textContent(), { timeout: 30_000 }).toContain('未登记户');
    await card.getByRole('button', { name: '登记为户主' }).click();
    const householdNo = `E2E${Date.now()}`.slice(0, 16);
    await page.locator('.ant-modal-content').getByLabel('户号').fill(householdNo);
    await page
      .locator('.ant-modal-content')
      .getByRole('button', { name: /登\s*记/ })
      .click();
    await expect.poll(() => card.textContent(), { timeout: 30_000 }).toContain(`户号 ${householdNo}（家庭户）`);
    expect(await card.textContent()).toContain('户主 立户甲');
    await page.close();
  });
});
