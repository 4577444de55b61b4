import { randomUUID } from 'node:crypto';
import { demoStations } from '@cp/demo-district';
import { composeResidentId } from '@cp/id-card';
import { asGateway, claimsFor, gql, testSubgraph, type TestSubgraph } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { populationSubgraph } from '../../subgraph';

/*
 * 批量导入 on a fresh community: a file with good and bad rows is checked row by row and
 * written not at all; the corrected file is written whole, in one go; the same file again
 * writes nothing twice.
 */

let sub: TestSubgraph;
const station = demoStations()[3];
const community = randomUUID();
const street = `导入${Date.now().toString(36)}街`;
const address = (n: number) => `北京市东城区${street}${n}号1单元101室`;
const sql = (q: string, p: unknown[] = []) => sub.orm.em.getConnection().execute(q, p);
const officer = () => asGateway(claimsFor.communityOfficer([community]));
const residentsHere = async () => (await sql(`select count(*)::int as n from resident where community_id = ?`, [community]))[0].n as number;
const housingHere = async () => (await sql(`select count(*)::int as n from housing where community_id = ?`, [community]))[0].n as number;

const JOB = `id status totalRows received accepted refused written skipped`;
async function run(query: string, variables: Record<string, unknown>, headers?: Record<string, string>) {
  const res = await gql(sub.url, query, variables, headers ?? (await officer()));
  expect(res.errors).toBeUndefined();
  return res.data as Record<string, any>;
}
const start = async (kind: string, totalRows: number) =>
  (
    await run(`mutation($i: StartImportInput!) { startImport(input: $i) { job { ${JOB} } errors { code field } } }`, {
      i: { kind, communityId: community, fileName: 'test.xlsx', totalRows },
    })
  ).startImport.job.id as string;
const addResidents = async (jobId: string, rows: unknown[]) =>
  (
    await run(`mutation($j: ID!, $r: [ResidentImportRow!]!) { addResidentImportRows(jobId: $j, rows: $r) { job { ${JOB} } errors { code field message } } }`, {
      j: jobId,
      r: rows,
    })
  ).addResidentImportRows;
const addHousing = async (jobId: string, rows: unknown[]) =>
  (
    await run(`mutation($j: ID!, $r: [HousingImportRow!]!) { addHousingImportRows(jobId: $j, rows: $r) { job { ${JOB} } errors { code field message } } }`, {
      j: jobId,
      r: rows,
    })
  ).addHousingImportRows;
const commit = async (jobId: string) =>
  (await run(`mutation($j: ID!) { commitImport(jobId: $j) { job { ${JOB} } errors { code message } } }`, { j: jobId })).commitImport;
const report = async (jobId: string, status?: string) =>
  (
    await run(`query($id: ID!, $s: ImportRowStatus) { importJob(id: $id) { rows(status: $s) { rowNo status label errors { code field } } } }`, {
      id: jobId,
      s: status ?? null,
    })
  ).importJob.rows as Array<{ rowNo: number; status: string; label: string; errors: Array<{ code: string; field: string }> }>;

const id1 = composeResidentId('110101', '1980-01-01', 401, 'male');
const id2 = composeResidentId('430102', '1995-05-05', 402, 'female');
const badChecksum = `${id1.slice(0, 17)}${id1[17] === '0' ? '1' : '0'}`;
/** The file as an officer's Excel has it: Chinese labels, dates spelled several ways, addresses without the city prefix. */
const file = (fixes: boolean) => [
  { rowNo: 2, name: '导入甲', idNumber: id1, kind: '户籍', phone: '13800000001', address: `${street}1号一单元101室` },
  {
    rowNo: 3,
    name: '导入乙',
    idNumber: id2,
    kind: '流动人口',
    originArea: '430102',
    arrivedOn: '2026/1/5',
    residenceRegisteredOn: '2026年1月20日',
    address: address(2),
  },
  { rowNo: 4, name: '导入丙', idNumber: fixes ? composeResidentId('110101', '1970-03-03', 403, 'male') : badChecksum, kind: '户籍' },
  { rowNo: 5, name: '导入丁', idNumber: composeResidentId('110101', '1971-04-04', 404, 'female'), kind: fixes ? '户籍' : '其他' },
  { rowNo: 6, name: '导入戊', idNumber: fixes ? composeResidentId('110101', '1972-05-05', 405, 'male') : id1, kind: '户籍' },
  { rowNo: 7, name: '导入己', idNumber: composeResidentId('110101', '1973-06-06', 406, 'female'), kind: '户籍', address: fixes ? address(3) : `${street}99号` },
  {
    rowNo: 8,
    name: 'ANNA MUELLER',
    idNumber: 'c12345678',
    kind: '境外',
    nationality: 'deu',
    sex: '女',
    birthDate: '1990.7.7',
    arrivedOn: '20260301',
    address: address(3),
  },
];

beforeAll(async () => {
  sub = await testSubgraph(inject('pgServerUrl'), populationSubgraph, 13);
  await sql(`insert into community (id, code, name, station_id) values (?, ?, '导入测试社区', ?)`, [community, `I${Date.now()}`, station.id]);
  for (const n of [1, 2, 3, 4]) await sql(`insert into standard_address (id, full_text, community_id) values (?, ?, ?)`, [randomUUID(), address(n), community]);
});
afterAll(() => sub?.stop());

describe('bulk import of residents', () => {
  it('reports every refused row and why, and writes nothing while any row is refused', async () => {
    const job = await start('residents', 7);
    const [first, second] = [file(false).slice(0, 4), file(false).slice(4)];
    expect((await addResidents(job, first)).job).toMatchObject({ received: 4, accepted: 2, refused: 2 });
    const after = (await addResidents(job, second)).job;
    expect(after).toMatchObject({ totalRows: 7, received: 7, accepted: 3, refused: 4, written: 0 });

    const refused = await report(job, 'refused');
    expect(refused.map((r) => [r.rowNo, r.label, r.errors.map((e) => `${e.field}:${e.code}`)])).toEqual([
      [4, '导入丙', ['idNumber:RESIDENT_ID_CHECKSUM']],
      [5, '导入丁', ['kind:IMPORT_KIND']],
      [6, '导入戊', ['idNumber:IMPORT_DUPLICATE_ROW']],
      [7, '导入己', ['address:ADDRESS_NOT_STANDARD']],
    ]);
    const refusedCommit = await commit(job);
    expect(refusedCommit.errors[0]).toMatchObject({ code: 'IMPORT_HAS_REFUSED_ROWS' });
    expect(await residentsHere()).toBe(0);
  });

  it('re-checks a batch sent again instead of counting it twice', async () => {
    const job = await start('residents', 2);
    await addResidents(job, file(false).slice(0, 2));
    expect((await addResidents(job, file(false).slice(0, 2))).job).toMatchObject({ received: 2, accepted: 2 });
    expect((await addResidents(job, [{ ...file(false)[0], rowNo: 9 }])).errors[0]).toMatchObject({ code: 'IMPORT_ROW_NO' });
  });

  it('refuses to commit before every row has been checked', async () => {
    const job = await start('residents', 7);
    await addResidents(job, file(true).slice(0, 3));
    expect((await commit(job)).errors[0]).toMatchObject({ code: 'IMPORT_INCOMPLETE' });
    expect(await residentsHere()).toBe(0);
  });

  it('writes the corrected file whole, normalised; the same file again writes nothing twice', async () => {
    const job = await start('residents', 7);
    await addResidents(job, file(true));
    const done = await commit(job);
    expect(done.errors).toEqual([]);
    expect(done.job).toMatchObject({ status: 'committed', written: 7, skipped: 0, accepted: 0, refused: 0 });
    expect(await residentsHere()).toBe(7);
    const [b] = await sql(
      `select kind, arrived_on::text, residence_registered_on::text, a.full_text from resident r join standard_address a on a.id = r.address_id where r.id_number = ?`,
      [id2],
    );
    expect(b).toEqual({ kind: 'floating', arrived_on: '2026-01-05', residence_registered_on: '2026-01-20', full_text: address(2) });
    const [anna] = await sql(
      `select document_kind, nationality, id_number, sex, birth_date::text from resident where name = 'ANNA MUELLER' and community_id = ?`,
      [community],
    );
    expect(anna).toEqual({ document_kind: 'passport', nationality: 'DEU', id_number: 'C12345678', sex: 'female', birth_date: '1990-07-07' });
    expect((await commit(job)).errors[0]).toMatchObject({ code: 'IMPORT_COMMITTED' });

    const again = await start('residents', 7);
    expect((await addResidents(again, file(true))).job).toMatchObject({ accepted: 0, refused: 0, skipped: 7 });
    expect((await commit(again)).job).toMatchObject({ written: 0, skipped: 7 });
    expect(await residentsHere()).toBe(7);
  });

  it('lets only the officer who started an import go on with it, within their jurisdiction', async () => {
    const job = await start('residents', 1);
    const other = await asGateway({ ...claimsFor.communityOfficer([community]), sub: 'someone-else' });
    const res = await gql(sub.url, `mutation($j: ID!) { commitImport(jobId: $j) { errors { code } } }`, { j: job }, other);
    expect(res.data!.commitImport.errors[0].code).toBe('IMPORT_NOT_YOURS');
    const outside = await gql(
      sub.url,
      `mutation($i: StartImportInput!) { startImport(input: $i) { errors { code field } } }`,
      { i: { kind: 'residents', communityId: community, fileName: 'x.csv', totalRows: 1 } },
      await asGateway(claimsFor.communityOfficer([randomUUID()])),
    );
    expect(outside.data!.startImport.errors[0]).toEqual({ code: 'OUTSIDE_JURISDICTION', field: 'communityId' });
  });
});

describe('bulk import of housing', () => {
  it('checks dwellings like registration does, and writes them once', async () => {
    const rows = [
      { rowNo: 2, address: address(1), kind: '楼房', use: '出租', landlordName: '钱房东', rentedSince: '2026-02-01', rentalRegisteredOn: '2026-02-10' },
      { rowNo: 3, address: address(2), kind: '平房', use: '自住' },
      { rowNo: 4, address: address(3), kind: '楼房', use: '出租' },
      { rowNo: 5, address: address(2), kind: '楼房', use: '空置' },
      { rowNo: 6, address: address(4), kind: '窑洞', use: '自住' },
    ];
    const job = await start('housing', 5);
    expect((await addHousing(job, rows)).job).toMatchObject({ accepted: 2, refused: 3 });
    expect((await report(job, 'refused')).map((r) => [r.rowNo, r.errors.map((e) => e.code).sort()])).toEqual([
      [4, ['HOUSING_LANDLORD_REQUIRED', 'HOUSING_RENTED_SINCE_REQUIRED']],
      [5, ['IMPORT_DUPLICATE_ROW']],
      [6, ['IMPORT_HOUSING_KIND']],
    ]);
    expect(await housingHere()).toBe(0);

    const fixed = [rows[0], rows[1], { ...rows[2], landlordName: '孙房东', rentedSince: '2026-03-01' }, { ...rows[3], address: address(4) }];
    const job2 = await start('housing', 4);
    await addHousing(job2, fixed);
    expect((await commit(job2)).job).toMatchObject({ written: 4, skipped: 0 });
    const [rental] = await sql(
      `select use, landlord_name, rented_since::text, rental_registered_on::text from housing h join standard_address a on a.id = h.address_id where a.full_text = ?`,
      [address(1)],
    );
    expect(rental).toEqual({ use: 'rented', landlord_name: '钱房东', rented_since: '2026-02-01', rental_registered_on: '2026-02-10' });

    const job3 = await start('housing', 4);
    expect((await addHousing(job3, fixed)).job).toMatchObject({ skipped: 4, accepted: 0 });
    expect((await commit(job3)).job).toMatchObject({ written: 0, skipped: 4 });
    expect(await housingHere()).toBe(4);
  });
});
