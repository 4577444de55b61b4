import { composeResidentId } from '@cp/id-card';
import { demoStaffing, demoStations, demoUsers, insideCommunity } from '@cp/demo-district';
import { gql, loginAs } from '@cp/testkit';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startConsoleHarness, type ConsoleHarness } from './harness';

/*
 * The field app on a phone (390 × 844, touch, geolocation): a community officer's day, an hour
 * of it without network, and an edit that meets the desk's. One login and one phone throughout.
 */

let h: ConsoleHarness;
let phone: BrowserContext;
let page: Page;
const [qianmen, dongsi] = demoStations(40);
const home = dongsi.communities[0];
const inside = insideCommunity(home);
const elsewhere = insideCommunity(qianmen.communities[0]);
const startedAt = new Date();
const shot = async (name: string) => {
  if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/field-${name}.png` });
};
/** Every screen fits the phone: nothing scrolls sideways. */
const fitsTheScreen = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
const count = async (service: string, query: string, params: unknown[] = []) => Number((await h.sql(service, query, params))[0].n);
const me = demoUsers(demoStaffing(demoStations(40))).find((u) => u.username === 'dongsi')!.officerId!;
const officerId = async () => me;
const tab = (name: string) => page.locator('.adm-tab-bar-item', { hasText: name }).click();
const waitingCount = () => page.getByTestId('outbox-waiting').count();
/** A camera photo as the file input gets it: a real JPEG, drawn by the page's own canvas. */
const cameraPhoto = async (hue: number) => {
  const base64 = await page.evaluate((h) => {
    const c = document.createElement('canvas');
    [c.width, c.height] = [2400, 1800];
    const g = c.getContext('2d')!;
    g.fillStyle = `hsl(${h}, 70%, 50%)`;
    g.fillRect(0, 0, c.width, c.height);
    for (let i = 0; i < 400; i++) g.fillRect((i * 97) % 2400, (i * 53) % 1800, 40, 40); // detail, so it is not trivially small
    return c.toDataURL('image/jpeg', 0.95).split(',')[1];
  }, hue);
  return { name: `IMG_${hue}.jpg`, mimeType: 'image/jpeg', buffer: Buffer.from(base64, 'base64') };
};
const addPhoto = async (hue: number) => {
  const before = await page.locator('.adm-image-uploader-cell img').count();
  await page.locator('.adm-image-uploader input[type=file]').setInputFiles(await cameraPhoto(hue));
  await expect.poll(() => page.locator('.adm-image-uploader-cell img').count()).toBe(before + 1);
};

beforeAll(async () => {
  h = await startConsoleHarness(inject('pgServerUrl'), 'e2e_field');
  phone = await h.browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    geolocation: { latitude: inside.lat, longitude: inside.lng, accuracy: 20 },
    permissions: ['geolocation'],
  });
  page = await phone.newPage();
  await page.goto(`${h.base}/m/`);
  await page.getByPlaceholder('用户名').fill('dongsi');
  await page.getByPlaceholder('密码').fill('Dongsi@2026');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('count-open').waitFor();
});
afterAll(() => h?.stop());

describe('field app', () => {
  it("opens on today's tasks, overdue first, counted on the tab bar", async () => {
    await expect.poll(() => page.getByTestId('standing-task').count()).toBeGreaterThan(0);
    expect(await page.locator('.adm-tab-bar-item', { hasText: '今日任务' }).locator('.adm-badge').textContent()).toBe(
      await page.getByTestId('count-open').textContent(),
    );
    await fitsTheScreen();
    await shot('today');
  });

  it('checks in with the location: inside the boundary verified, outside kept but marked', async () => {
    await tab('我的社区');
    await expect.poll(() => page.getByTestId('where').textContent()).toBe(`您在 ${home.name}`);
    await page.getByTestId(`check-in-${home.name}`).click();
    await expect.poll(() => page.getByTestId('stay').filter({ hasText: '边界内' }).count()).toBe(1);
    await phone.setGeolocation({ latitude: elsewhere.lat, longitude: elsewhere.lng, accuracy: 20 });
    await page.getByTestId(`check-in-${home.name}`).click();
    await expect.poll(() => page.getByTestId('stay').filter({ hasText: '边界外' }).count()).toBe(1);
    const rows = await h.sql('staffing', 'select in_boundary from community_presence where officer_id = ? and check_in_at >= ? order by check_in_at', [
      await officerId(),
      startedAt,
    ]);
    expect(rows.map((r) => r.in_boundary)).toEqual([true, false]);
    await fitsTheScreen();
    await shot('community');
    await phone.setGeolocation({ latitude: inside.lat, longitude: inside.lng, accuracy: 20 });
  });

  it('records a visit straight from a task, located in the community', async () => {
    await tab('今日任务');
    const task = page
      .getByTestId('standing-task')
      .filter({ hasText: /走访|核查/ })
      .first();
    await task.click();
    await page.getByText('正常', { exact: true }).click();
    await page.getByPlaceholder('见到的情况、需要跟进的事').fill('本人在家，情况稳定');
    // two photos as evidence, from the camera, scaled down on the phone before they are kept
    await addPhoto(20);
    await addPhoto(200);
    await fitsTheScreen();
    await shot('record');
    await page.getByTestId('record-save').click();
    await page.getByTestId('count-open').waitFor();
    await expect.poll(() => count('population', `select count(*)::int as n from visit where note = '本人在家，情况稳定'`)).toBe(1);
    // located: inside exactly when the record's community is the one the officer stands in
    const [visit] = await h.sql('population', `select id, subject_id, community_id, in_community from visit where note = '本人在家，情况稳定'`);
    expect(visit.in_community).toBe(visit.community_id === home.id);
    await expect.poll(() => count('population', 'select count(*)::int as n from visit_photo where visit_id = ?', [visit.id])).toBe(2);
    const sizes = await h.sql('population', `select size, content_type from visit_photo where visit_id = ?`, [visit.id]);
    expect(sizes.every((p) => p.content_type === 'image/jpeg' && p.size <= 500_000)).toBe(true);

    // at the desk, the visit's photos open from the resident's page, each view checked and recorded
    const desk = await h.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    await h.login(desk, 'dongsi', 'Dongsi@2026');
    await desk.goto(`${h.base}/population/residents/${visit.subject_id}`);
    await desk.getByText('照片 2').click();
    await expect.poll(() => desk.locator('.ant-modal img[alt="现场照片"]').count()).toBe(2);
    expect(await desk.locator('.ant-modal img[alt="现场照片"]').first().getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
    if (process.env.E2E_SCREENSHOTS) await desk.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/field-desk-photos.png` });
    await desk.close();
    expect(
      await count('population', `select count(*)::int as n from personal_data_access where subject_id = ? and 'visitPhoto' = any(fields)`, [visit.subject_id]),
    ).toBe(2);
  });

  it('finds a dwelling by its address and records its check', async () => {
    const [dwelling] = await h.sql(
      'population',
      'select h.id, a.full_text from housing h join standard_address a on a.id = h.address_id where a.community_id = ? order by a.full_text limit 1',
      [home.id],
    );
    await tab('找人找房');
    await page.getByRole('tab', { name: '找房' }).click();
    await page.getByPlaceholder('房屋地址，如 东四三条 12号').fill(dwelling.full_text);
    await page.keyboard.press('Enter');
    await page.getByTestId('found-housing').first().waitFor();
    await fitsTheScreen();
    await shot('find-housing');
    await page.getByTestId('found-housing').first().click();
    await page.locator('.adm-action-sheet-button-item', { hasText: '核查' }).click();
    await page.getByText('正常', { exact: true }).click();
    await fitsTheScreen();
    await page.getByTestId('record-save').click();
    await expect
      .poll(() =>
        count('population', `select count(*)::int as n from visit where subject_type = 'housing' and subject_id = ? and kind = 'verification'`, [dwelling.id]),
      )
      .toBe(1);
    await page.getByRole('tab', { name: '找人' }).click();
  });

  it('registers a resident, the ID checked as typed', async () => {
    await tab('找人找房');
    await page.getByRole('button', { name: '登记实有人口' }).click();
    await page.getByText(home.name, { exact: true }).click();
    await page.getByPlaceholder('姓名').fill('街面登记');
    const good = composeResidentId('110101', '1988-05-06', 611, 'male');
    await page.getByPlaceholder('18 位').fill(good.slice(0, 17) + (good[17] === '0' ? '1' : '0'));
    await expect.poll(() => page.getByText('校验码不符，请核对').count()).toBe(1);
    await page.getByPlaceholder('18 位').fill(good);
    await expect.poll(() => page.getByText('校验码不符，请核对').count()).toBe(0);
    // the address picked from the standard list nearest to where the officer stands
    const nearest = page.getByTestId('nearby-addresses').locator('.adm-list-item').first();
    const picked = (await nearest.textContent())!;
    await nearest.click();
    await expect.poll(() => page.getByPlaceholder('如 东四三条 12号，选填').inputValue()).toBe(picked);
    await fitsTheScreen();
    await shot('register');
    await page.getByTestId('register-save').click();
    await expect
      .poll(() =>
        count(
          'population',
          `select count(*)::int as n from resident r join standard_address a on a.id = r.address_id where r.name = '街面登记' and r.registered_by is not null and a.full_text = ?`,
          [picked],
        ),
      )
      .toBe(1);
    // and finds them again by name, their card at the door
    await page.getByPlaceholder('姓名、证件号码或地址').fill('街面登记');
    await page.keyboard.press('Enter');
    await page.getByTestId('found-resident').first().click();
    await expect.poll(() => page.getByText('证件 ').count()).toBe(1);
    await fitsTheScreen();
    await shot('resident');
  });

  it('registers a dwelling where it stands, at a nearby address with none registered yet', async () => {
    await tab('找人找房');
    await page.getByRole('tab', { name: '找房' }).click();
    await page.getByRole('button', { name: '登记实有房屋' }).click();
    await page.getByText(home.name, { exact: true }).click();
    const nearest = page.getByTestId('nearby-addresses').locator('.adm-list-item').first();
    const picked = (await nearest.textContent())!;
    await nearest.click();
    await page.getByText('出租', { exact: true }).click();
    await page.getByPlaceholder('姓名').fill('房东丁');
    await page.locator('input[type=date]').first().fill('2026-11-01');
    await fitsTheScreen();
    await shot('register-housing');
    await page.getByTestId('register-housing-save').click();
    await expect
      .poll(() =>
        count(
          'population',
          `select count(*)::int as n from housing h join standard_address a on a.id = h.address_id
            join located_registration l on l.subject_id = h.id and l.in_community
            where a.full_text = ? and h.use = 'rented' and h.landlord_name = '房东丁' and h.client_key is not null`,
          [picked],
        ),
      )
      .toBe(1);
    await page.getByRole('tab', { name: '找人' }).click();
  });

  it('reports a dispute lead from the street with its parties and place', async () => {
    await tab('今日任务');
    await page.getByRole('button', { name: '上报矛盾纠纷线索' }).click();
    await page.getByText(home.name, { exact: true }).click();
    await page.getByPlaceholder('如 楼上漏水引发邻里争吵').fill('楼道堆物引发邻里争吵');
    await page.getByPlaceholder('姓名，多人用逗号分开').fill('赵甲，钱乙');
    await page.getByPlaceholder('如 东四三条 12号').fill('东四三条 12号');
    await fitsTheScreen();
    await shot('lead');
    await page.getByTestId('lead-save').click();
    await expect
      .poll(() =>
        count(
          'disputes',
          `select count(*)::int as n from dispute where title = '楼道堆物引发邻里争吵' and source = 'community_found' and registered_by is not null`,
        ),
      )
      .toBe(1);
    const [d] = await h.sql('disputes', `select id from dispute where title = '楼道堆物引发邻里争吵'`);
    expect((await h.sql('disputes', 'select name from dispute_party where dispute_id = ? order by name', [d.id])).map((p) => p.name).sort()).toEqual(
      ['赵甲', '钱乙'].sort(),
    );
  });

  it('works an hour without network: records wait on the phone and arrive exactly once, an edit meeting the desk is resolved', async () => {
    // the phone has the app shell (service worker) and today's pages before the network goes
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const [resident] = await h.sql('population', `select id, phone, version from resident where name = '街面登记'`);
    await page.goto(`${h.base}/m/resident/${resident.id}`);
    await expect.poll(() => page.getByText('证件 ').count()).toBe(1);
    await tab('我的社区');
    await page.getByTestId('where').waitFor();
    await tab('今日任务');
    await expect.poll(() => page.getByTestId('standing-task').count()).toBeGreaterThan(0);
    const visitsBefore = await count('population', 'select count(*)::int as n from visit where officer_id = ?', [await officerId()]);

    await phone.setOffline(true);
    await page.reload(); // served by the service worker
    await expect.poll(() => page.getByText('离线：显示今天早些时候保存在手机上的任务').count()).toBe(1);
    await fitsTheScreen();
    await shot('offline-today');
    for (let i = 0; i < 2; i++) {
      await page
        .getByTestId('standing-task')
        .filter({ hasText: /走访|核查/ })
        .filter({ hasNotText: '待发送' })
        .first()
        .click();
      await page.getByText('正常', { exact: true }).click();
      if (i === 0) await addPhoto(120); // kept on the phone with its record
      await page.getByTestId('record-save').click();
      await page.getByTestId('count-open').waitFor();
    }
    await tab('找人找房');
    await page.getByRole('button', { name: '登记实有人口' }).click();
    await page.getByText(home.name, { exact: true }).click();
    await page.getByPlaceholder('姓名').fill('离线登记');
    await page.getByPlaceholder('18 位').fill(composeResidentId('110101', '1979-11-12', 733, 'female'));
    await page.getByTestId('register-save').click();
    await expect.poll(() => page.url()).not.toContain('/register'); // saved on the phone (the form goes back)
    await page.goto(`${h.base}/m/resident/${resident.id}`);
    await expect.poll(() => page.getByText('离线：显示今天早些时候查看时的信息').count()).toBe(1);
    await page.getByTestId('edit-phone').click();
    await page.getByPlaceholder('11 位手机号').fill('13900000001');
    await page.getByRole('button', { name: '确定' }).click();
    await tab('待发送');
    await expect.poll(waitingCount).toBe(5); // two visits, a photo, a registration, an edit
    await fitsTheScreen();
    await shot('offline-outbox');

    // meanwhile the same resident's phone is changed at the station's desk
    const desk = await loginAs(h.platform.gatewayUrl, 'dongsi', 'Dongsi@2026');
    const edited = await gql<{ updateResidentContact: { errors: unknown[] } }>(
      h.platform.gatewayUrl,
      'mutation($i: UpdateResidentContactInput!) { updateResidentContact(input: $i) { errors { code } } }',
      { i: { id: resident.id, version: resident.version, phone: '13800000002' } },
      desk,
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateResidentContact.errors).toEqual([]);

    await phone.setOffline(false);
    await expect.poll(waitingCount, { timeout: 30_000 }).toBe(0);
    expect(await count('population', 'select count(*)::int as n from visit where officer_id = ?', [await officerId()])).toBe(visitsBefore + 2);
    expect(await count('population', `select count(*)::int as n from resident where name = '离线登记'`)).toBe(1);
    const photosSince = () =>
      count('population', 'select count(*)::int as n from visit_photo p join visit v on v.id = p.visit_id where v.officer_id = ? and p.created_at >= ?', [
        me,
        startedAt,
      ]);
    expect(await photosSince()).toBe(3); // two from the morning, one sent from the outbox
    // the edit met a newer version: shown as a conflict, not applied and not lost
    await expect.poll(() => page.getByTestId('outbox-conflict').count()).toBe(1);
    expect((await h.sql('population', 'select phone from resident where id = ?', [resident.id]))[0].phone).toBe('13800000002');
    await shot('conflict');
    await page.getByTestId('keep-mine').click();
    await page.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => page.getByTestId('outbox-conflict').count()).toBe(0);
    await expect.poll(async () => (await h.sql('population', 'select phone from resident where id = ?', [resident.id]))[0].phone).toBe('13900000001');
    // sent again and again (the timer, the online event): still once each
    await page.waitForTimeout(1000);
    expect(await count('population', 'select count(*)::int as n from visit where officer_id = ?', [await officerId()])).toBe(visitsBefore + 2);
    expect(await photosSince()).toBe(3);
  });

  it('lets the desk console be used on the same phone: the menu a drawer, tables scrolling inside themselves', async () => {
    const desk = await phone.newPage(); // the same session: one login on this phone
    await desk.goto(`${h.base}/population/residents`);
    await desk.getByTestId('current-user').waitFor();
    await desk.locator('.ant-table-row').first().waitFor();
    if (process.env.E2E_SCREENSHOTS) await desk.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/field-desk-residents.png` });
    expect(await desk.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await desk.getByTestId('menu-button').click();
    await desk.getByRole('menuitem', { name: '今日工作' }).click();
    await expect.poll(() => desk.url()).toContain('/population/worklist');
    await desk.locator('.ant-table-row').first().waitFor();
    expect(await desk.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // the row's button is reached by scrolling the table, and its dialog fits, 保存 on screen
    await desk
      .locator('.ant-table-row')
      .first()
      .getByRole('button', { name: /记\s*录/ })
      .click();
    const save = desk.locator('.ant-modal').getByRole('button', { name: /保\s*存/ });
    await save.waitFor();
    const box = (await save.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    if (process.env.E2E_SCREENSHOTS) await desk.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/field-desk-visit-dialog.png` });
    await desk.close();
  });

  it('leaves nothing of the officer on the phone after logout', async () => {
    await page.getByText('退出', { exact: true }).click();
    await page.getByPlaceholder('用户名').waitFor();
    // as text: the test transform would rewrite an async function into helpers the page lacks
    const kept = await page.evaluate(`(async () => {
      const db = await new Promise((resolve, reject) => {
        const r = indexedDB.open('cp-field');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const countOf = (store) => new Promise((resolve) => {
        const r = db.transaction(store).objectStore(store).count();
        r.onsuccess = () => resolve(r.result);
      });
      return { outbox: await countOf('outbox'), snapshots: await countOf('snapshots'), token: localStorage.getItem('cp.token') };
    })()`);
    expect(kept).toEqual({ outbox: 0, snapshots: 0, token: null });
  });
});
