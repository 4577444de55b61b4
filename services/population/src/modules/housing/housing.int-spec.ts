import { randomUUID } from 'node:crypto';
import { demoStations } from '@cp/demo-district';
import { composeResidentId } from '@cp/id-card';
import { asGateway, claimsFor, gql, testSubgraph, type TestSubgraph } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { populationSubgraph } from '../../subgraph';

/*
 * 实有房屋 and the registration rates, on a fresh community whose every date is fixed, so the
 * rates for the first quarter of 2026 (Beijing) are counted by hand:
 *
 *   A1 rented since 01-10, registered 01-15      occupant F1 (floating, arrived 01-05, registered 01-20)
 *   A2 rented since 02-01, not registered         nobody registered there
 *   A3 self-occupied                              occupant F2 (floating, arrived 02-01, not registered), a foreigner
 *   A4 rented since 03-01, registered 04-02       occupant R1 (registered resident)
 *   A5 vacant
 *   F3 (no address) arrived 03-01, registered 03-31 (the last day: counts)
 *   F4 (no address) arrived 03-05, registered 04-01 (after the quarter: does not)
 *
 * Rentals 3, registered by 03-31: 1 (A1), with a registered occupant: 2 (A1, A4).
 * Floating residents 4, registered by 03-31: 2 (F1, F3).
 */

let sub: TestSubgraph;
const station = demoStations()[2];
const community = randomUUID();
const grid = randomUUID(); // A1 to A3 lie in it
const street = `测试${Date.now().toString(36)}路`;
const address = (n: number) => `北京市东城区${street}${n}号1单元101室`;
const sql = (q: string, p: unknown[] = []) => sub.orm.em.getConnection().execute(q, p);
const officer = () => asGateway(claimsFor.communityOfficer([community]));
const admin = () => asGateway(claimsFor.districtAdmin());
let seq = 0;
const idNumber = (birthDate = '1990-01-01', sex: 'male' | 'female' = 'male') => composeResidentId('110101', birthDate, 300 + ++seq, sex);

const REGISTER_HOUSING = `mutation($i: RegisterHousingInput!) { registerHousing(input: $i) { housing { id use version rentalRegistered } errors { code field message } } }`;
const UPDATE_HOUSING = `mutation($i: UpdateHousingInput!) { updateHousing(input: $i) { housing { id kind version } errors { code field message } } }`;
const REGISTER_RESIDENT = `mutation($i: RegisterResidentInput!) {
  registerResident(input: $i) { resident { id version idNumber documentKind nationality sex birthDate } errors { code field message } }
}`;
const RECORD_RESIDENCE = `mutation($i: RecordResidenceRegistrationInput!) {
  recordResidenceRegistration(input: $i) { resident { id residenceRegisteredOn version } errors { code field message } }
}`;

async function run<T = Record<string, any>>(query: string, variables: Record<string, unknown>, headers?: Record<string, string>): Promise<T> {
  const res = await gql(sub.url, query, variables, headers ?? (await officer()));
  expect(res.errors).toBeUndefined();
  return res.data as T;
}
const housingAt = async (n: number, details: Record<string, unknown>) => {
  const out = (await run(REGISTER_HOUSING, { i: { addressText: address(n), kind: 'building', ...details } })).registerHousing;
  expect(out.errors).toEqual([]);
  return out.housing as { id: string; version: number };
};
const residentAt = async (input: Record<string, unknown>) => {
  const out = (await run(REGISTER_RESIDENT, { i: { communityId: community, ...input } })).registerResident;
  expect(out.errors).toEqual([]);
  return out.resident as { id: string; version: number };
};

const fixture: Record<string, { id: string; version: number }> = {};

beforeAll(async () => {
  sub = await testSubgraph(inject('pgServerUrl'), populationSubgraph, 13);
  await sql(`insert into community (id, code, name, station_id) values (?, ?, '房屋测试社区', ?)`, [community, `H${Date.now()}`, station.id]);
  await sql(`insert into grid (id, name, kind, community_id) values (?, '一号网格', 'police', ?)`, [grid, community]);
  for (const n of [1, 2, 3, 4, 5, 6, 7]) {
    await sql(`insert into standard_address (id, full_text, community_id, grid_id) values (?, ?, ?, ?)`, [
      randomUUID(),
      address(n),
      community,
      n <= 3 ? grid : null,
    ]);
  }

  fixture.h1 = await housingAt(1, {
    use: 'rented',
    landlordName: '张房东',
    landlordPhone: '13900001111',
    rentedSince: '2026-01-10',
    rentalRegisteredOn: '2026-01-15',
  });
  fixture.h2 = await housingAt(2, { use: 'rented', landlordName: '李房东', rentedSince: '2026-02-01' });
  fixture.h3 = await housingAt(3, { use: 'self_occupied' });
  fixture.h4 = await housingAt(4, { use: 'rented', landlordName: '王房东', rentedSince: '2026-03-01', rentalRegisteredOn: '2026-04-02' });
  fixture.h5 = await housingAt(5, { use: 'vacant' });

  const floating = { kind: 'floating', originArea: '430102' };
  fixture.f1 = await residentAt({
    ...floating,
    name: '流动甲',
    idNumber: idNumber(),
    arrivedOn: '2026-01-05',
    residenceRegisteredOn: '2026-01-20',
    addressText: address(1),
  });
  fixture.f2 = await residentAt({ ...floating, name: '流动乙', idNumber: idNumber(), arrivedOn: '2026-02-01', addressText: address(3) });
  fixture.f3 = await residentAt({ ...floating, name: '流动丙', idNumber: idNumber(), arrivedOn: '2026-03-01' });
  fixture.f4 = await residentAt({ ...floating, name: '流动丁', idNumber: idNumber(), arrivedOn: '2026-03-05' });
  fixture.r1 = await residentAt({ kind: 'registered', name: '户籍戊', idNumber: idNumber(), addressText: address(4) });
  // everything was entered before the quarter began
  await sql(`update resident set created_at = '2025-12-01T00:00:00Z' where community_id = ?`, [community]);
  await sql(`update housing set created_at = '2025-12-01T00:00:00Z' where community_id = ?`, [community]);
});
afterAll(() => sub?.stop());

describe('实有房屋: registered once per standard address, checked at entry', () => {
  it('finds the standard address typed without its prefix, in full-width digits or Chinese numerals', async () => {
    const typed = `${street}６号一单元101室`;
    const out = (await run(REGISTER_HOUSING, { i: { addressText: typed, kind: 'bungalow', use: 'self_occupied' } })).registerHousing;
    expect(out.errors).toEqual([]);
    const found = await run(`query($a: String) { housing(addressText: $a) { id kind address { fullText } } }`, { a: `${street}6号1单元101室` });
    expect(found.housing).toEqual({ id: out.housing.id, kind: 'bungalow', address: { fullText: address(6) } });
  });

  it.each([
    [{ use: 'rented', rentedSince: '2026-01-01' }, 'HOUSING_LANDLORD_REQUIRED', 'landlordName'],
    [{ use: 'rented', landlordName: '赵房东' }, 'HOUSING_RENTED_SINCE_REQUIRED', 'rentedSince'],
    [{ use: 'rented', landlordName: '赵房东', rentedSince: '2099-01-01' }, 'HOUSING_RENTED_SINCE_FUTURE', 'rentedSince'],
    [{ use: 'rented', landlordName: '赵房东', rentedSince: '2026-02-30' }, 'INPUT_DATE_INVALID', 'rentedSince'],
    [{ use: 'vacant', landlordPhone: '12345' }, 'HOUSING_LANDLORD_PHONE', 'landlordPhone'],
    [{ use: 'vacant', addressText: `${street}99号1单元101室` }, 'ADDRESS_NOT_STANDARD', 'addressText'],
    [{ use: 'vacant', addressText: address(1) }, 'HOUSING_DUPLICATE', 'addressText'],
  ])('refuses %o with %s naming %s, writing nothing', async (details, code, field) => {
    const before = (await sql(`select count(*)::int as n from housing where community_id = ?`, [community]))[0].n;
    const out = (await run(REGISTER_HOUSING, { i: { addressText: address(7), kind: 'building', ...details } })).registerHousing;
    expect(out.housing).toBeNull();
    expect(out.errors).toEqual([{ code, field, message: expect.stringMatching(/[\u4e00-\u9fa5]/) }]);
    expect((await sql(`select count(*)::int as n from housing where community_id = ?`, [community]))[0].n).toBe(before);
  });

  it('refuses a dwelling outside the jurisdiction', async () => {
    const other = asGateway(claimsFor.communityOfficer([randomUUID()]));
    const res = await gql(sub.url, REGISTER_HOUSING, { i: { addressText: address(7), kind: 'building', use: 'vacant' } }, await other);
    expect(res.data!.registerHousing.errors[0]).toMatchObject({ code: 'OUTSIDE_JURISDICTION', field: 'addressText' });
  });

  it('shows a dwelling with its occupants, and a resident with their dwelling; the landlord phone masked for admins', async () => {
    const q = `query($id: ID) { housing(id: $id) { use landlordName landlordPhone rentedSince rentalRegistered occupants { name } } }`;
    expect((await run(q, { id: fixture.h1.id })).housing).toEqual({
      use: 'rented',
      landlordName: '张房东',
      landlordPhone: '13900001111',
      rentedSince: '2026-01-10',
      rentalRegistered: true,
      occupants: [{ name: '流动甲' }],
    });
    expect((await run(q, { id: fixture.h1.id }, await admin())).housing.landlordPhone).toBe('139****1111');
    const r = await run(`query($id: ID!) { resident(id: $id) { housing { id use } } }`, { id: fixture.r1.id });
    expect(r.resident.housing).toEqual({ id: fixture.h4.id, use: 'rented' });
  });

  it('lists rentals not registered, and rentals where no tenant is registered', async () => {
    const list = async (args: string) =>
      (await run(`{ housings(communityId: "${community}", ${args}) { nodes { id } } }`, {})).housings.nodes.map((n: { id: string }) => n.id).sort();
    expect(await list('rentalUnregistered: true')).toEqual([fixture.h2.id]); // A4 was registered on 04-02
    expect(await list('use: rented, withoutOccupants: true')).toEqual([fixture.h2.id]);
    expect(await list('use: vacant')).toEqual([fixture.h5.id]);
    expect(await list(`search: "李房东"`)).toEqual([fixture.h2.id]);
  });

  it('records a verification of a dwelling, and refuses a kind of visit that does not fit it', async () => {
    const record = (kind: string) =>
      run(`mutation($i: RecordVisitInput!) { recordVisit(input: $i) { visit { id kind } errors { code field } } }`, {
        i: { subjectType: 'housing', subjectId: fixture.h2.id, kind, outcome: 'issue_found', note: '租户未登记，已告知房东' },
      });
    expect((await record('verification')).recordVisit.errors).toEqual([]);
    expect((await record('visit')).recordVisit.errors).toEqual([{ code: 'VISIT_KIND_SUBJECT', field: 'kind' }]);
    const h = await run(`query($id: ID) { housing(id: $id) { visits { kind outcome note } } }`, { id: fixture.h2.id });
    expect(h.housing.visits).toEqual([{ kind: 'verification', outcome: 'issue_found', note: '租户未登记，已告知房东' }]);
  });

  it('detects a concurrent edit instead of overwriting it', async () => {
    const edit = (kind: string) => run(UPDATE_HOUSING, { i: { id: fixture.h3.id, version: fixture.h3.version, kind, use: 'self_occupied' } });
    const first = (await edit('courtyard')).updateHousing;
    expect(first.errors).toEqual([]);
    expect(first.housing).toMatchObject({ kind: 'courtyard', version: fixture.h3.version + 1 });
    const second = (await edit('other')).updateHousing;
    expect(second.errors[0]).toMatchObject({ code: 'STALE_VERSION' });
    fixture.h3 = first.housing;
  });
});

describe('floating residents: arrival and residence registration', () => {
  it('requires the arrival date of a floating resident, and refuses a registration before it', async () => {
    const base = { kind: 'floating', originArea: '430102', name: '流动己', communityId: community };
    const noArrival = (await run(REGISTER_RESIDENT, { i: { ...base, idNumber: idNumber() } })).registerResident;
    expect(noArrival.errors).toEqual([{ code: 'RESIDENT_ARRIVAL_REQUIRED', field: 'arrivedOn', message: expect.any(String) }]);
    const early = (await run(REGISTER_RESIDENT, { i: { ...base, idNumber: idNumber(), arrivedOn: '2026-03-01', residenceRegisteredOn: '2026-02-01' } }))
      .registerResident;
    expect(early.errors).toEqual([{ code: 'RESIDENCE_REGISTERED_BEFORE_ARRIVAL', field: 'residenceRegisteredOn', message: expect.any(String) }]);
  });

  it('records a residence registration once, detecting a concurrent one', async () => {
    const record = (r: { id: string; version: number }, registeredOn: string) => run(RECORD_RESIDENCE, { i: { id: r.id, version: r.version, registeredOn } });
    const f3 = (await record(fixture.f3, '2026-03-31')).recordResidenceRegistration;
    expect(f3.errors).toEqual([]);
    expect(f3.resident.residenceRegisteredOn).toBe('2026-03-31');
    expect((await record(fixture.f3, '2026-03-30')).recordResidenceRegistration.errors[0]).toMatchObject({ code: 'STALE_VERSION' });
    expect((await record(fixture.f4, '2026-03-01')).recordResidenceRegistration.errors[0]).toMatchObject({
      code: 'RESIDENCE_REGISTERED_BEFORE_ARRIVAL',
      field: 'registeredOn',
    });
    expect((await record(fixture.f4, '2026-04-01')).recordResidenceRegistration.errors).toEqual([]);
    expect((await record(fixture.r1, '2026-04-01')).recordResidenceRegistration.errors[0]).toMatchObject({ code: 'RESIDENCE_REGISTRATION_NOT_FLOATING' });
  });

  it('cross-checks a typed sex and birth date against the ID', async () => {
    const out = (
      await run(REGISTER_RESIDENT, {
        i: { kind: 'registered', name: '核对者', communityId: community, idNumber: idNumber('1985-06-01', 'female'), sex: 'male', birthDate: '1985-06-02' },
      })
    ).registerResident;
    expect(out.errors.map((e: { code: string }) => e.code).sort()).toEqual(['RESIDENT_BIRTH_DATE_MISMATCH', 'RESIDENT_SEX_MISMATCH']);
  });
});

describe('foreign residents: passports', () => {
  const foreigner = (idNumber: string, nationality: string | null, more: Record<string, unknown> = {}) => ({
    kind: 'foreign',
    name: 'JOHN SMITH',
    idNumber,
    nationality,
    sex: 'male',
    birthDate: '1988-08-08',
    arrivedOn: '2026-02-01',
    addressText: address(3),
    ...more,
  });

  it('registers a foreigner by passport, unique per nationality, masked for those who may not read it', async () => {
    const passport = `E${String(Date.now()).slice(-8)}`;
    const john = await residentAt(foreigner(passport, 'GBR'));
    expect(john).toMatchObject({ idNumber: passport, documentKind: 'passport', nationality: 'GBR', sex: 'male', birthDate: '1988-08-08' });
    const again = (await run(REGISTER_RESIDENT, { i: { communityId: community, ...foreigner(passport.toLowerCase(), 'GBR') } })).registerResident;
    expect(again.errors[0]).toMatchObject({ code: 'RESIDENT_DUPLICATE', field: 'idNumber' });
    await residentAt(foreigner(passport, 'USA', { name: 'JANE DOE' })); // another country's passport of the same number
    const masked = await run(`query($id: ID!) { resident(id: $id) { idNumber masked } }`, { id: john.id }, await admin());
    expect(masked.resident).toEqual({ idNumber: `E******${passport.slice(-2)}`, masked: true });
  });

  it.each([
    [{ nationality: null }, 'RESIDENT_NATIONALITY_REQUIRED', 'nationality'],
    [{ sex: null }, 'RESIDENT_SEX_REQUIRED', 'sex'],
    [{ birthDate: null }, 'RESIDENT_BIRTH_DATE_REQUIRED', 'birthDate'],
    [{ idNumber: 'E1' }, 'RESIDENT_PASSPORT_FORMAT', 'idNumber'],
  ])('refuses %o with %s', async (change, code, field) => {
    const out = (await run(REGISTER_RESIDENT, { i: { communityId: community, ...foreigner('G12345678', 'DEU', change) } })).registerResident;
    expect(out.errors).toEqual([{ code, field, message: expect.stringMatching(/[\u4e00-\u9fa5]/) }]);
  });
});

describe('registration rates for the indicators', () => {
  it('counts floating residents and rentals registered by the end of the quarter, as by hand', async () => {
    const q = `query($id: ID!) { community(id: $id) { populationFacts(from: "2026-01-01T00:00:00+08:00", to: "2026-04-01T00:00:00+08:00") {
      floatingRegistration { numerator denominator rate } rentalRegistration { numerator denominator } rentalsWithTenants { numerator denominator } } } }`;
    const facts = (await run(q, { id: community }, await admin())).community.populationFacts;
    expect(facts).toEqual({
      floatingRegistration: { numerator: 2, denominator: 4, rate: 0.5 },
      rentalRegistration: { numerator: 1, denominator: 3 },
      rentalsWithTenants: { numerator: 2, denominator: 3 },
    });
  });

  it('lists the floating residents whose residence registration is missing, the records behind the rate', async () => {
    const q = `query($c: ID!) { residents(communityId: $c, residenceRegistered: false) { nodes { id } } }`;
    expect((await run(q, { c: community })).residents.nodes).toEqual([{ id: fixture.f2.id }]); // F3 and F4 registered since
  });

  it('counts them per grid, by where each person and dwelling lies (A1 to A3)', async () => {
    const q = `query($id: ID!) { community(id: $id) { grids { id populationFacts(from: "2026-01-01T00:00:00+08:00", to: "2026-04-01T00:00:00+08:00") {
      floatingRegistration { numerator denominator } rentalRegistration { numerator denominator } rentalsWithTenants { numerator denominator } } } } }`;
    const [g] = (await run(q, { id: community }, await admin())).community.grids;
    expect(g).toEqual({
      id: grid,
      populationFacts: {
        floatingRegistration: { numerator: 1, denominator: 2 }, // F1 registered, F2 not; F3 and F4 have no address
        rentalRegistration: { numerator: 1, denominator: 2 }, // A1 registered, A2 not; A4 lies outside
        rentalsWithTenants: { numerator: 1, denominator: 2 }, // A1
      },
    });
  });
});
