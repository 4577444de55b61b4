import { demoStations, stableId } from '@cp/demo-district';
import { composeResidentId } from '@cp/id-card';
import { auditRetentionJob } from '@cp/service-kit';
import { asGateway, claimsFor, gql, testSubgraph, type TestSubgraph } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { populationSubgraph } from '../../subgraph';

const REGISTER = `mutation($input: RegisterResidentInput!) {
  registerResident(input: $input) { resident { id name sex birthDate idNumber kind } errors { code message field } }
}`;

let sub: TestSubgraph;
const [qianmen, dongsi] = demoStations();
const dongsiCommunity = dongsi.communities[0].id;
const officer = () => asGateway(claimsFor.communityOfficer([dongsiCommunity]));
const count = async (where: string, params: unknown[]) =>
  (await sub.orm.em.getConnection().execute(`select count(*)::int as n from resident where ${where}`, params))[0].n as number;

beforeAll(async () => {
  sub = await testSubgraph(inject('pgServerUrl'), populationSubgraph);
});
afterAll(() => sub?.stop());

describe('registerResident: 采集即录入、录入即核查', () => {
  it('registers a floating resident, deriving sex and birth date from the ID', async () => {
    const res = await gql(
      sub.url,
      REGISTER,
      {
        input: {
          name: '王小流',
          idNumber: '430102199002281715',
          kind: 'floating',
          originArea: '430102',
          arrivedOn: '2026-01-05',
          communityId: dongsiCommunity,
          phone: '13800138000',
        },
      },
      await officer(),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.registerResident.errors).toEqual([]);
    expect(res.data!.registerResident.resident).toMatchObject({
      name: '王小流',
      sex: 'male',
      birthDate: '1990-02-28',
      kind: 'floating',
      idNumber: '430102199002281715',
    });
    expect(await count('id_number = ?', ['430102199002281715'])).toBe(1);
  });

  it.each([
    ['1101051949123100', 'RESIDENT_ID_FORMAT'],
    ['110105194902300023', 'RESIDENT_ID_BIRTH_DATE'],
    ['110105194912310021', 'RESIDENT_ID_CHECKSUM'],
  ])('refuses ID %s with %s in Chinese, naming the field, writing nothing', async (idNumber, code) => {
    const res = await gql(sub.url, REGISTER, { input: { name: '错号码', idNumber, kind: 'registered', communityId: dongsiCommunity } }, await officer());
    expect(res.data!.registerResident.resident).toBeNull();
    expect(res.data!.registerResident.errors).toEqual([{ code, message: expect.stringMatching(/[\u4e00-\u9fa5]/), field: 'idNumber' }]);
    expect(await count('name = ?', ['错号码'])).toBe(0);
  });

  it('refuses a duplicate ID number', async () => {
    const input = { name: '重复者', idNumber: '11010519491231002X', kind: 'registered', communityId: dongsiCommunity };
    const first = await gql(sub.url, REGISTER, { input }, await officer());
    expect(first.data!.registerResident.errors).toEqual([]);
    const second = await gql(sub.url, REGISTER, { input }, await officer());
    expect(second.data!.registerResident.errors[0]).toMatchObject({ code: 'RESIDENT_DUPLICATE', field: 'idNumber' });
    expect(await count('id_number = ?', ['11010519491231002X'])).toBe(1);
  });

  it('reports every invalid field at once', async () => {
    const res = await gql(
      sub.url,
      REGISTER,
      { input: { name: '张', idNumber: '430102199002281715', kind: 'floating', arrivedOn: '2026-01-05', communityId: dongsiCommunity, phone: '12345' } },
      await officer(),
    );
    const codes = res.data!.registerResident.errors.map((e: { code: string }) => e.code).sort();
    expect(codes).toEqual(['RESIDENT_NAME_LENGTH', 'RESIDENT_ORIGIN_REQUIRED', 'RESIDENT_PHONE_FORMAT']);
  });

  it('refuses registering into a community outside the officer’s jurisdiction', async () => {
    const res = await gql(
      sub.url,
      REGISTER,
      { input: { name: '越界者', idNumber: '110101199001011237', kind: 'registered', communityId: qianmen.communities[0].id } },
      await officer(),
    );
    expect(res.data!.registerResident.errors[0]).toMatchObject({ code: 'OUTSIDE_JURISDICTION' });
    expect(await count('name = ?', ['越界者'])).toBe(0);
  });

  it('refuses callers without the role to register', async () => {
    const res = await gql(
      sub.url,
      REGISTER,
      { input: { name: '管理员录入', idNumber: '110101199001011237', kind: 'registered', communityId: dongsiCommunity } },
      await asGateway(claimsFor.districtAdmin()),
    );
    expect(res.errors?.[0].message).toBeTruthy();
    expect(await count('name = ?', ['管理员录入'])).toBe(0);
  });
});

describe('reads are scoped and masked', () => {
  const foreign = stableId('resident', qianmen.communities[0].id, 0);

  it('gives a station head the residents of their station only', async () => {
    const res = await gql(
      sub.url,
      '{ residents(first: 200) { nodes { id community { station { id } } } } }',
      {},
      await asGateway(claimsFor.stationHead(qianmen.id)),
    );
    const stations = new Set(res.data!.residents.nodes.map((n: { community: { station: { id: string } } }) => n.community.station.id));
    expect([...stations]).toEqual([qianmen.id]);
  });

  it('pages through residents with a cursor, without repeats', async () => {
    const headers = await asGateway(claimsFor.stationHead(qianmen.id));
    const first = await gql(sub.url, '{ residents(first: 5) { nodes { id } pageInfo { endCursor hasNextPage } } }', {}, headers);
    const next = await gql(
      sub.url,
      'query($after: String) { residents(first: 5, after: $after) { nodes { id } } }',
      { after: first.data!.residents.pageInfo.endCursor },
      headers,
    );
    const ids = [...first.data!.residents.nodes, ...next.data!.residents.nodes].map((n: { id: string }) => n.id);
    expect(first.data!.residents.pageInfo.hasNextPage).toBe(true);
    expect(new Set(ids).size).toBe(10);
  });

  it('answers an entity reference outside the jurisdiction with null', async () => {
    const res = await gql(
      sub.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Resident { id } } }',
      { r: [{ __typename: 'Resident', id: foreign }] },
      await officer(),
    );
    expect(res.data!._entities).toEqual([null]);
  });

  it('refuses anonymous callers', async () => {
    const res = await gql(sub.url, '{ residents(first: 1) { nodes { id } } }', {}, await asGateway(null));
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('finds a resident by full ID number (for officers who read it in clear) and by part of the name', async () => {
    const [row] = await sub.orm.em.getConnection().execute('select name, id_number, community_id from resident limit 1');
    const officer = await asGateway(claimsFor.communityOfficer([row.community_id]));
    const byId = await gql(sub.url, 'query($q: String) { residents(search: $q) { nodes { name } } }', { q: row.id_number }, officer);
    expect(byId.data!.residents.nodes).toEqual([{ name: row.name }]);
    const admin = await asGateway(claimsFor.districtAdmin());
    const byName = await gql(sub.url, 'query($q: String) { residents(search: $q, first: 200) { nodes { name } } }', { q: row.name }, admin);
    expect(byName.data!.residents.nodes.map((n: { name: string }) => n.name)).toContain(row.name);
  });

  it('refuses a search by full document number to callers who see only masks (it would confirm the number)', async () => {
    const [row] = await sub.orm.em.getConnection().execute('select id_number from resident limit 1');
    const byId = await gql(
      sub.url,
      'query($q: String) { residents(search: $q) { nodes { name } } }',
      { q: row.id_number },
      await asGateway(claimsFor.districtAdmin()),
    );
    expect(byId.data).toBeNull();
    expect(byId.errors?.[0]).toMatchObject({ extensions: { code: 'SEARCH_BY_DOCUMENT_NOT_ALLOWED', field: 'search' } });
    expect(byId.errors?.[0].message).toMatch(/证件号码/);
  });
});

describe('personal data: masked unless allowed, every read audited', () => {
  const own = stableId('resident', dongsiCommunity, 3);
  const audits = async () =>
    sub.orm.em
      .getConnection()
      .execute(`select username, subject_id, fields, operation, masked from personal_data_access where subject_id = ? order by at`, [own]);

  it('records who read which fields, in clear or masked, once per request', async () => {
    const officerClaims = claimsFor.communityOfficer([dongsiCommunity]);
    const before = (await audits()).length;
    await gql(sub.url, 'query ResidentPage($id: ID!) { resident(id: $id) { name idNumber phone masked } }', { id: own }, await asGateway(officerClaims));
    await gql(sub.url, 'query($id: ID!) { resident(id: $id) { name } }', { id: own }, await asGateway(officerClaims));
    const masked = await gql(
      sub.url,
      'query($id: ID!) { resident(id: $id) { idNumber phone masked } }',
      { id: own },
      await asGateway(claimsFor.districtAdmin()),
    );
    expect(masked.data!.resident).toMatchObject({ masked: true, idNumber: expect.stringMatching(/\*{8}/), phone: expect.stringMatching(/\*{4}/) });
    const rows = (await audits()).slice(before);
    expect(rows).toEqual([
      { username: 'officer', subject_id: own, fields: ['name', 'idNumber', 'phone'], operation: 'ResidentPage', masked: false },
      { username: 'officer', subject_id: own, fields: ['name'], operation: null, masked: false },
      { username: 'admin', subject_id: own, fields: ['name', 'idNumber', 'phone'], operation: null, masked: true },
    ]);
  });

  it('serves masks that no combination of fields undoes: birth date withheld, no served field carries the hidden digits', async () => {
    const q = `query($c: ID) { residents(communityId: $c, first: 200) { nodes { id name sex birthDate documentKind nationality arrivedOn
      residenceRegisteredOn kind originArea verifiedAt idNumber phone masked household { householdNo members { resident { birthDate idNumber } } } } } }`;
    const rows: Array<{ id: string; id_number: string }> = await sub.orm.em
      .getConnection()
      .execute('select id, id_number from resident where community_id = ?', [dongsiCommunity]);
    const clear = new Map(rows.map((r) => [r.id, r.id_number]));
    const partner = { ...claimsFor.communityOfficer([dongsiCommunity]), roles: ['partner' as const], scopes: ['residents:read'] };
    // a district administrator's account that also carries the community officer's role reads masks: clear access follows posts
    const combined = { ...claimsFor.districtAdmin(), roles: ['district_admin' as const, 'community_officer' as const] };
    for (const claims of [claimsFor.districtAdmin(), partner, combined]) {
      const res = await gql(sub.url, q, { c: dongsiCommunity }, await asGateway(claims));
      const nodes = res.data!.residents.nodes as Array<Record<string, any>>;
      expect(nodes.length).toBeGreaterThan(20);
      for (const n of nodes) {
        const id = clear.get(n.id)!;
        const hidden = id.slice(6, 14);
        expect(n).toMatchObject({ masked: true, birthDate: null });
        const served = JSON.stringify(n).replace(/-/g, '');
        expect(served).not.toContain(hidden);
        expect(served).not.toContain(id);
      }
    }
  });

  it('is searchable by district administrators only, newest first, with the person masked', async () => {
    const q =
      'query($s: ID) { personalDataAccesses(subjectId: $s, filter: { username: "officer" }) { nodes { username fields operation resident { id idNumber masked } } } }';
    const asAdmin = await gql(sub.url, q, { s: own }, await asGateway(claimsFor.districtAdmin()));
    expect(asAdmin.data!.personalDataAccesses.nodes.find((n: { operation: string }) => n.operation === 'ResidentPage')).toEqual({
      username: 'officer',
      fields: ['name', 'idNumber', 'phone'],
      operation: 'ResidentPage',
      resident: { id: own, idNumber: expect.stringMatching(/\*{8}/), masked: true },
    });
    const asOfficer = await gql(sub.url, q, { s: own }, await asGateway(claimsFor.communityOfficer([dongsiCommunity])));
    expect(asOfficer.data).toBeNull();
    expect(asOfficer.errors?.[0].extensions?.code).toBeTruthy();
  });

  it('records every record a partner receives (masked), and finds accesses by caller, time and operation', async () => {
    const partner = {
      sub: 'partner:p1',
      username: 'pc_grid',
      name: '网格平台',
      roles: ['partner' as const],
      stationIds: [],
      communityIds: [dongsiCommunity],
      scopes: ['residents:read'],
    };
    const since = new Date().toISOString();
    const page = await gql(sub.url, 'query GridResidents { residents(first: 3) { nodes { id idNumber masked } } }', {}, await asGateway(partner));
    const ids = page.data!.residents.nodes.map((n: { id: string }) => n.id);
    expect(ids).toHaveLength(3);
    const q = `query($f: PersonalDataAccessFilter) { personalDataAccesses(first: 50, filter: $f) { totalCount nodes { username subjectId masked fields operation } } }`;
    const admin = await asGateway(claimsFor.districtAdmin());
    const byPartner = await gql(sub.url, q, { f: { caller: 'partner', from: since } }, admin);
    expect(byPartner.data!.personalDataAccesses.totalCount).toBe(3);
    expect(byPartner.data!.personalDataAccesses.nodes.map((n: { subjectId: string }) => n.subjectId).sort()).toEqual([...ids].sort());
    expect(byPartner.data!.personalDataAccesses.nodes[0]).toMatchObject({
      username: 'pc_grid',
      masked: true,
      fields: ['name', 'idNumber'],
      operation: 'GridResidents',
    });
    const users = await gql(sub.url, q, { f: { caller: 'user', from: since } }, admin);
    expect(users.data!.personalDataAccesses.totalCount).toBe(0);
    const later = await gql(sub.url, q, { f: { operation: 'GridResidents', from: new Date(Date.now() + 60_000).toISOString() } }, admin);
    expect(later.data!.personalDataAccesses.totalCount).toBe(0);
    const bad = await gql(sub.url, q, { f: { from: 'yesterday' } }, admin);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'INPUT_DATE_INVALID', field: 'filter.from' });
  });

  it('keeps the trail append-only for six months: no update, no early delete; the retention job forgets only what is past a year', async () => {
    const sql = (q: string, p: unknown[] = []) => sub.orm.em.getConnection().execute(q, p);
    await expect(sql(`delete from personal_data_access`)).rejects.toThrow(/append-only/);
    await expect(sql(`update personal_data_access set username = 'x'`)).rejects.toThrow(/append-only/);
    const old = (days: number) =>
      sql(
        `insert into personal_data_access (id, at, user_id, username, roles, subject_type, subject_id, fields) values (gen_random_uuid(), now() - make_interval(days => ?), 'u', 'retention-test', '{}', 'Resident', gen_random_uuid(), '{idNumber}')`,
        [days],
      );
    await old(400);
    await old(200);
    const removed = await sub.runJob(auditRetentionJob.name);
    expect(removed).toBe(1);
    const left = await sql(`select count(*)::int as n from personal_data_access where username = 'retention-test'`);
    expect(left[0].n).toBe(1);
  });
});

describe('updateResidentContact: concurrent edits are detected, not overwritten', () => {
  const UPDATE = `mutation($input: UpdateResidentContactInput!) { updateResidentContact(input: $input) { resident { version phone } errors { code message field } } }`;
  const id = stableId('resident', dongsiCommunity, 5);
  const phoneInDb = async () => (await sub.orm.em.getConnection().execute('select phone from resident where id = ?', [id]))[0].phone;

  it('applies an edit made from the current version and refuses a second one made from the same read', async () => {
    const read = await gql(sub.url, 'query($id: ID!) { resident(id: $id) { version } }', { id }, await officer());
    const version = read.data!.resident.version;
    const first = await gql(sub.url, UPDATE, { input: { id, version, phone: '13900000001' } }, await officer());
    expect(first.data!.updateResidentContact).toEqual({ resident: { version: version + 1, phone: '13900000001' }, errors: [] });
    const second = await gql(sub.url, UPDATE, { input: { id, version, phone: '13900000002' } }, await officer());
    expect(second.data!.updateResidentContact.errors).toEqual([{ code: 'STALE_VERSION', message: expect.stringMatching(/已被他人修改/), field: 'version' }]);
    expect(await phoneInDb()).toBe('13900000001');
  });

  it('lets exactly one of several simultaneous edits of the same version through', async () => {
    const { version } = (await gql(sub.url, 'query($id: ID!) { resident(id: $id) { version } }', { id }, await officer())).data!.resident;
    const headers = await officer();
    const results = await Promise.all(
      ['13900000011', '13900000012', '13900000013', '13900000014'].map((phone) => gql(sub.url, UPDATE, { input: { id, version, phone } }, headers)),
    );
    const winners = results.filter((r) => r.data!.updateResidentContact.errors.length === 0);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.data!.updateResidentContact.errors[0]?.code === 'STALE_VERSION')).toHaveLength(3);
    expect(await phoneInDb()).toBe(winners[0].data!.updateResidentContact.resident.phone);
  });

  it('refuses a bad phone and an address outside the standard list, changing nothing', async () => {
    const { version } = (await gql(sub.url, 'query($id: ID!) { resident(id: $id) { version } }', { id }, await officer())).data!.resident;
    const before = await phoneInDb();
    const badPhone = await gql(sub.url, UPDATE, { input: { id, version, phone: '123' } }, await officer());
    expect(badPhone.data!.updateResidentContact.errors[0]).toMatchObject({ code: 'RESIDENT_PHONE_FORMAT', field: 'phone' });
    const badAddress = await gql(sub.url, UPDATE, { input: { id, version, addressText: '火星路 1 号' } }, await officer());
    expect(badAddress.data!.updateResidentContact.errors[0]).toMatchObject({ code: 'ADDRESS_NOT_STANDARD', field: 'addressText' });
    expect(await phoneInDb()).toBe(before);
  });

  it("refuses an address in another community or station for a resident of the officer's own community", async () => {
    const sql = (q: string, p: unknown[] = []) => sub.orm.em.getConnection().execute(q, p);
    const [{ version, address_id: before }] = await sql('select version, address_id from resident where id = ?', [id]);
    const [{ full_text: elsewhere }] = await sql(
      `select a.full_text from standard_address a join community c on c.id = a.community_id
        where c.station_id <> (select station_id from community where id = ?) order by a.full_text limit 1`,
      [dongsiCommunity],
    );
    const moved = await gql(sub.url, UPDATE, { input: { id, version, addressText: elsewhere } }, await officer());
    expect(moved.data!.updateResidentContact.errors).toEqual([
      { code: 'ADDRESS_OTHER_COMMUNITY', message: expect.stringMatching(/不属于此人所在社区/), field: 'addressText' },
    ]);
    expect((await sql('select address_id from resident where id = ?', [id]))[0].address_id).toBe(before);
  });
});

describe('duplicates and list filters', () => {
  it('refuses an id that is no UUID with a coded Chinese error naming it, not as a failure', async () => {
    const res = await gql(
      sub.url,
      '{ station(id: "x1") { id } community(id: "nope") { id } resident(id: "42") { id } }',
      {},
      await asGateway(claimsFor.districtAdmin()),
    );
    expect(res.data).toEqual({ station: null, community: null, resident: null });
    expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.field, e.message])).toEqual([
      ['INPUT_ID_INVALID', 'id', '编号格式无效'],
      ['INPUT_ID_INVALID', 'id', '编号格式无效'],
      ['INPUT_ID_INVALID', 'id', '编号格式无效'],
    ]);
  });

  it('refuses a second entry of the same name and birth date at the same address until the officer confirms it is someone else', async () => {
    const [{ full_text: addressText }] = await sub.orm.em
      .getConnection()
      .execute(`select full_text from standard_address where community_id = ? order by full_text limit 1`, [dongsiCommunity]);
    const entry = (idNumber: string, confirmNotDuplicate?: boolean) => ({
      input: { name: '同名同日', idNumber, kind: 'registered', communityId: dongsiCommunity, addressText, confirmNotDuplicate },
    });
    const first = await gql(sub.url, REGISTER, entry(composeResidentId('110101', '1975-05-05', 11, 'male')), await officer());
    expect(first.data!.registerResident.errors).toEqual([]);
    const second = await gql(sub.url, REGISTER, entry(composeResidentId('110101', '1975-05-05', 12, 'male')), await officer());
    expect(second.data!.registerResident.errors).toEqual([{ code: 'RESIDENT_SUSPECTED_DUPLICATE', message: expect.stringMatching(/疑似重复/), field: 'name' }]);
    expect(await count('name = ?', ['同名同日'])).toBe(1);
    const confirmed = await gql(sub.url, REGISTER, entry(composeResidentId('110101', '1975-05-05', 12, 'male'), true), await officer());
    expect(confirmed.data!.registerResident.errors).toEqual([]);
    expect(await count('name = ?', ['同名同日'])).toBe(2);
  });

  it('filters the list by kind, grid and focus category, within the jurisdiction', async () => {
    const ids = async (args: string) =>
      (await gql(sub.url, `{ residents(first: 200, ${args}) { nodes { id kind } } }`, {}, await officer())).data!.residents.nodes as Array<{
        id: string;
        kind: string;
      }>;
    const floating = await ids('kind: floating');
    expect(floating.length).toBe(await count(`community_id = ? and kind = 'floating'`, [dongsiCommunity]));
    expect(floating.every((r) => r.kind === 'floating')).toBe(true);
    const gridId = dongsi.communities[0].gridId;
    const inGrid = await ids(`gridId: "${gridId}"`);
    expect(inGrid.length).toBe(await count(`address_id in (select id from standard_address where grid_id = ?)`, [gridId]));
    const [{ category_code: category }] = await sub.orm.em
      .getConnection()
      .execute(`select category_code from focus_person where community_id = ? and ended_at is null limit 1`, [dongsiCommunity]);
    const listed = await sub.orm.em
      .getConnection()
      .execute<Array<{ resident_id: string }>>(`select resident_id from focus_person where community_id = ? and category_code = ? and ended_at is null`, [
        dongsiCommunity,
        category,
      ]);
    const found = await ids(`focusCategory: "${category}"`);
    expect(found.map((r) => r.id).sort()).toEqual(listed.map((r) => r.resident_id).sort());
  });
});
