import { composeResidentId } from '@cp/id-card';
import { demoStations, insideCommunity } from '@cp/demo-district';
import { startPlatformInProcess, type InProcessPlatform } from '@cp/launcher';
import { loginAs, testDatabaseName } from '@cp/testkit';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { typedGateway } from '../gateway';
import { graphql } from '../gql';

/*
 * The field app's writes through the gateway: the boundary check on the server, check-ins that
 * prove presence, and writes queued offline that arrive more than once yet are made once.
 */

const [qianmen, dongsi] = demoStations(10);
const home = dongsi.communities[0]; // the demo officer 'dongsi' holds its A post
const inside = insideCommunity(home);
const elsewhere = insideCommunity(qianmen.communities[0]);

let platform: InProcessPlatform;
let officer: Record<string, string>;
let head: Record<string, string>;
let officerId = ''; // the officer behind the 'dongsi' login
const sql = (service: 'population' | 'staffing', query: string, params: unknown[] = []) => platform.orms[service].em.getConnection().execute(query, params);
const { call, send } = typedGateway(() => platform.gatewayUrl);

beforeAll(async () => {
  platform = await startPlatformInProcess({ serverUrl: inject('pgServerUrl'), databasePrefix: testDatabaseName('field'), residentsPerCommunity: 10 });
  officer = await loginAs(platform.gatewayUrl, 'dongsi', 'Dongsi@2026');
  head = await loginAs(platform.gatewayUrl, 'qianmen', 'Qianmen@2026');
  officerId = (
    await call(
      officer,
      graphql(`
        query FieldMyOfficer {
          me {
            officerId
          }
        }
      `),
    )
  ).me.officerId!;
});
afterAll(() => platform?.stop());

const CHECK_IN = graphql(`
  mutation FieldCheckIn($c: ID!, $position: PositionInput, $at: String, $key: String) {
    checkInCommunity(communityId: $c, position: $position, at: $at, clientKey: $key) {
      presence {
        id
        checkInAt
        source
        inBoundary
      }
      errors {
        code
        field
      }
    }
  }
`);
const CHECK_OUT = graphql(`
  mutation FieldCheckOut($position: PositionInput, $key: String) {
    checkOutCommunity(position: $position, clientKey: $key) {
      presence {
        id
        checkOutAt
        checkOutInBoundary
      }
      errors {
        code
      }
    }
  }
`);
const RECORD_VISIT = graphql(`
  mutation FieldRecordVisit($i: RecordVisitInput!) {
    recordVisit(input: $i) {
      visit {
        id
        inCommunity
      }
      errors {
        code
        field
      }
    }
  }
`);

describe('where the phone is', () => {
  it('names the community whose boundary holds a point, and none outside the district', async () => {
    const AT = graphql(`
      query FieldCommunityAt($p: PositionInput!) {
        communityAt(position: $p) {
          id
          name
        }
      }
    `);
    expect((await call(officer, AT, { p: inside })).communityAt).toEqual({ id: home.id, name: home.name });
    expect((await call(officer, AT, { p: { lat: 31.23, lng: 121.47 } })).communityAt).toBeNull();
    const bad = await send(officer, AT, { p: { lat: 95, lng: 116.4 } });
    expect(bad.errors?.[0].extensions?.code).toBe('POSITION_RANGE');
  });
});

describe('check-in that proves presence', () => {
  it('marks a check-in inside the boundary as verified and one outside as outside, keeping both', async () => {
    const inPlace = (await call(officer, CHECK_IN, { c: home.id, position: { ...inside, accuracy: 15 } })).checkInCommunity;
    expect(inPlace).toEqual({ presence: expect.objectContaining({ source: 'phone', inBoundary: true }), errors: [] });
    const away = (await call(officer, CHECK_IN, { c: home.id, position: elsewhere })).checkInCommunity;
    expect(away.presence!.inBoundary).toBe(false);
    const out = (await call(officer, CHECK_OUT, { position: elsewhere })).checkOutCommunity;
    expect(out.presence).toEqual(expect.objectContaining({ id: away.presence!.id, checkOutInBoundary: false }));
    const rows = await sql('staffing', 'select in_boundary, lat, lng from community_presence where id = any(?::uuid[]) order by check_in_at', [
      `{${inPlace.presence!.id},${away.presence!.id}}`,
    ]);
    expect(rows).toEqual([
      { in_boundary: true, lat: inside.lat, lng: inside.lng },
      { in_boundary: false, lat: elsewhere.lat, lng: elsewhere.lng },
    ]);
  });

  it('takes a check-in queued offline at the moment it was made, once however often it is sent', async () => {
    const key = randomUUID();
    const at = new Date(Date.now() - 40 * 60_000).toISOString();
    const sends = await Promise.all([1, 2, 3].map(() => call(officer, CHECK_IN, { c: home.id, position: inside, at, key })));
    const ids = new Set(sends.map((s) => s.checkInCommunity.presence!.id));
    expect(ids.size).toBe(1);
    expect(sends[0].checkInCommunity.presence!.checkInAt).toBe(at);
    expect((await sql('staffing', 'select count(*)::int as n from community_presence where client_key = ?', [key]))[0].n).toBe(1);
    // a check-out queued with it, sent twice: the second finds the first
    const outKey = randomUUID();
    const first = (await call(officer, CHECK_OUT, { position: inside, key: outKey })).checkOutCommunity;
    const again = (await call(officer, CHECK_OUT, { position: inside, key: outKey })).checkOutCommunity;
    expect(again).toEqual(first);
    expect(first.presence!.checkOutInBoundary).toBe(true);
  });

  it('refuses a moment too far back and a malformed key', async () => {
    const old = (await call(officer, CHECK_IN, { c: home.id, at: new Date(Date.now() - 30 * 3_600_000).toISOString() })).checkInCommunity;
    expect(old.errors).toEqual([{ code: 'PRESENCE_TIME_TOO_EARLY', field: 'at' }]);
    expect((await call(officer, CHECK_IN, { c: home.id, key: 'not-a-uuid' })).checkInCommunity.errors).toEqual([
      { code: 'CLIENT_KEY_FORMAT', field: 'clientKey' },
    ]);
  });
});

describe('records queued offline', () => {
  it('records a located visit once, however often the phone sends it', async () => {
    const [resident] = await sql('population', 'select id from resident where community_id = ? order by id limit 1', [home.id]);
    const key = randomUUID();
    const input = { subjectType: 'resident', subjectId: resident.id, kind: 'verification', outcome: 'normal', position: inside, clientKey: key } as const;
    const sends = await Promise.all([1, 2, 3].map(() => call(officer, RECORD_VISIT, { i: input })));
    expect(new Set(sends.map((s) => s.recordVisit.visit!.id)).size).toBe(1);
    expect(sends[0].recordVisit.visit!.inCommunity).toBe(true);
    expect((await sql('population', 'select count(*)::int as n from visit where client_key = ?', [key]))[0].n).toBe(1);
    const away = (await call(officer, RECORD_VISIT, { i: { ...input, position: elsewhere, clientKey: randomUUID() } })).recordVisit;
    expect(away.visit!.inCommunity).toBe(false);
    const desk = (await call(officer, RECORD_VISIT, { i: { ...input, position: undefined, clientKey: undefined } })).recordVisit;
    expect(desk.visit!.inCommunity).toBeNull();
    // someone else's key reads nothing of theirs and writes nothing
    const [theirs] = await sql('population', 'select id from resident where community_id = ? order by id limit 1', [qianmen.communities[0].id]);
    const reused = (await call(head, RECORD_VISIT, { i: { ...input, subjectId: theirs.id } })).recordVisit;
    expect(reused).toEqual({ visit: null, errors: [{ code: 'CLIENT_KEY_REUSED', field: 'clientKey' }] });
  });

  it('registers a resident once per client key, the resend answering with the same record', async () => {
    const REGISTER = graphql(`
      mutation FieldRegister($i: RegisterResidentInput!) {
        registerResident(input: $i) {
          resident {
            id
          }
          errors {
            code
          }
        }
      }
    `);
    const key = randomUUID();
    const input = {
      name: '离线登记',
      idNumber: composeResidentId('110101', '1991-02-03', 731, 'female'),
      kind: 'registered',
      communityId: home.id,
      clientKey: key,
    } as const;
    const first = (await call(officer, REGISTER, { i: input })).registerResident;
    const again = (await call(officer, REGISTER, { i: input })).registerResident;
    expect(first.errors).toEqual([]);
    expect(again).toEqual(first);
    // without the key, the same person is a duplicate, as before
    expect((await call(officer, REGISTER, { i: { ...input, clientKey: undefined } })).registerResident.errors).toEqual([{ code: 'RESIDENT_DUPLICATE' }]);
    expect((await sql('population', 'select count(*)::int as n from resident where client_key = ?', [key]))[0].n).toBe(1);
  });

  it('files a dispute lead from the street once per client key', async () => {
    const LEAD = graphql(`
      mutation FieldLead($i: RegisterDisputeInput!) {
        registerDispute(input: $i) {
          dispute {
            id
            source
          }
          errors {
            code
          }
        }
      }
    `);
    const clientKey = randomUUID();
    const input = {
      title: '楼道堆物引发争吵',
      category: 'neighbour',
      source: 'community_found' as const,
      communityId: home.id,
      parties: [{ name: '甲某' }, { name: '乙某' }],
      clientKey,
    };
    const sends = await Promise.all([1, 2].map(() => call(officer, LEAD, { i: input })));
    expect(sends[0].registerDispute.errors).toEqual([]);
    expect(sends[1]).toEqual(sends[0]);
    const rows = await platform.orms.disputes.em
      .getConnection()
      .execute('select count(*)::int as n, min(registered_by) as by from dispute where client_key = ?', [clientKey]);
    expect(rows).toEqual([{ n: 1, by: expect.any(String) }]);
  });

  it('counts a record made inside the community as time there, where no check-in covers it', async () => {
    const TIME = graphql(`
      query FieldTimeFromRecords($id: ID!, $from: String!, $to: String!) {
        officer(id: $id) {
          timeInCommunity(from: $from, to: $to) {
            hours
            recordHours
            locatedRecords
          }
        }
      }
    `);
    // 03:00 Beijing time six days ago: a night hour no seeded check-in covers
    const day = new Date(Date.now() + 8 * 3_600_000 - 6 * 86_400_000).toISOString().slice(0, 10);
    const window = { id: officerId, from: `${day}T02:00:00+08:00`, to: `${day}T04:00:00+08:00` };
    expect((await call(officer, TIME, window)).officer!.timeInCommunity).toEqual({ hours: 0, recordHours: 0, locatedRecords: 0 });
    const [resident] = await sql('population', 'select id from resident where community_id = ? order by id desc limit 1', [home.id]);
    const input = { subjectType: 'resident', subjectId: resident.id, kind: 'visit', outcome: 'normal', at: `${day}T03:00:00+08:00`, position: inside } as const;
    expect((await call(officer, RECORD_VISIT, { i: input })).recordVisit.visit!.inCommunity).toBe(true);
    // outside the boundary it proves nothing
    await call(officer, RECORD_VISIT, { i: { ...input, at: `${day}T02:10:00+08:00`, position: elsewhere } });
    expect((await call(officer, TIME, window)).officer!.timeInCommunity).toEqual({ hours: 0.5, recordHours: 0.5, locatedRecords: 1 });
  });
});

describe('evidence photos', () => {
  const ATTACH = graphql(`
    mutation FieldAttachPhoto($i: AttachVisitPhotoInput!) {
      attachVisitPhoto(input: $i) {
        photo {
          id
          contentType
          size
          sha256
        }
        errors {
          code
          field
        }
      }
    }
  `);
  const PHOTO = graphql(`
    query FieldVisitPhoto($id: ID!) {
      visitPhoto(id: $id) {
        id
        dataUrl
      }
    }
  `);
  const jpeg = (size: number, fill = 7) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(size - 4, fill)]).toString('base64');

  it('keeps photos with a record queued offline, once each, and shows them only to those who may read the person', async () => {
    const [resident] = await sql('population', 'select id from resident where community_id = ? order by id offset 1 limit 1', [home.id]);
    const visitKey = randomUUID();
    await call(officer, RECORD_VISIT, {
      i: { subjectType: 'resident', subjectId: resident.id, kind: 'visit', outcome: 'normal', position: inside, clientKey: visitKey },
    });
    // the outbox sends the photo after its record, naming the record by its client key, perhaps twice
    const photoKey = randomUUID();
    const input = { visitClientKey: visitKey, photo: `data:image/jpeg;base64,${jpeg(40_000)}`, clientKey: photoKey };
    const sends = await Promise.all([1, 2].map(() => call(officer, ATTACH, { i: input })));
    expect(sends[0].attachVisitPhoto).toEqual({ photo: expect.objectContaining({ contentType: 'image/jpeg', size: 40_000 }), errors: [] });
    expect(sends[1].attachVisitPhoto.photo!.id).toBe(sends[0].attachVisitPhoto.photo!.id);
    expect((await sql('population', 'select count(*)::int as n from visit_photo where client_key = ?', [photoKey]))[0].n).toBe(1);
    const id = sends[0].attachVisitPhoto.photo!.id;

    const seen = (await call(officer, PHOTO, { id })).visitPhoto!;
    expect(seen.dataUrl).toBe(`data:image/jpeg;base64,${jpeg(40_000)}`);
    const [audit] = await sql('population', "select fields from personal_data_access where subject_id = ? and 'visitPhoto' = any(fields)", [resident.id]);
    expect(audit).toBeDefined();
    // the district reads masks, so a photo of a person is withheld; another station sees nothing
    const admin = await loginAs(platform.gatewayUrl, 'admin', 'Admin@2026');
    expect((await send(admin, PHOTO, { id })).errors?.[0].extensions?.code).toBe('PHOTO_WITHHELD');
    expect((await call(head, PHOTO, { id })).visitPhoto).toBeNull();
  });

  it('refuses what is not a photo, a fifth photo, and a photo on someone else’s record', async () => {
    const REGISTER_UNIT = graphql(`
      mutation FieldRegisterUnit($i: RegisterUnitInput!) {
        registerUnit(input: $i) {
          unit {
            id
          }
        }
      }
    `);
    const unit = (await call(officer, REGISTER_UNIT, { i: { name: '照片测试便利店', kind: 'business', key: false, communityId: home.id } })).registerUnit.unit!;
    const visit = (
      await call(officer, RECORD_VISIT, { i: { subjectType: 'unit', subjectId: unit.id, kind: 'inspection', outcome: 'normal', position: inside } })
    ).recordVisit.visit!;
    const attach = (photo: string, who = officer) => call(who, ATTACH, { i: { visitId: visit.id, photo } }).then((r) => r.attachVisitPhoto.errors);
    expect(await attach(Buffer.from('<svg onload=alert(1)>').toString('base64'))).toEqual([{ code: 'PHOTO_FORMAT', field: 'photo' }]);
    expect(await attach(jpeg(600_010))).toEqual([{ code: 'PHOTO_TOO_LARGE', field: 'photo' }]);
    expect(await attach(jpeg(1000), head)).toEqual([{ code: 'PHOTO_NOT_AUTHOR', field: 'visitId' }]);
    // four at once: all kept; the fifth refused, however they race
    const four = await Promise.all([1, 2, 3, 4, 5].map((n) => attach(jpeg(1000, n))));
    expect(four.filter((e) => e.length === 0)).toHaveLength(4);
    expect(four.flat()).toEqual([{ code: 'PHOTO_COUNT', field: 'photo' }]);
    expect((await sql('population', 'select count(*)::int as n from visit_photo where visit_id = ?', [visit.id]))[0].n).toBe(4);
    // a unit's inspection photos are not personal: the district sees them
    const admin = await loginAs(platform.gatewayUrl, 'admin', 'Admin@2026');
    const LEDGER = graphql(`
      query FieldUnitPhotos($id: ID!) {
        unit(id: $id) {
          visits {
            id
            photos {
              id
            }
          }
        }
      }
    `);
    const listed = (await call(admin, LEDGER, { id: unit.id })).unit!.visits.find((v) => v.id === visit.id)!;
    expect(listed.photos).toHaveLength(4);
    expect((await call(admin, PHOTO, { id: listed.photos[0].id })).visitPhoto!.dataUrl).toMatch(/^data:image\/jpeg;base64,/);
  });
});

describe('registrations in place', () => {
  it('registers a dwelling once per client key, and counts registrations made inside the community as time there', async () => {
    const REGISTER_HOUSING = graphql(`
      mutation FieldRegisterHousing($i: RegisterHousingInput!) {
        registerHousing(input: $i) {
          housing {
            id
          }
          errors {
            code
            field
          }
        }
      }
    `);
    const REGISTER = graphql(`
      mutation FieldRegisterHere($i: RegisterResidentInput!) {
        registerResident(input: $i) {
          resident {
            id
          }
          errors {
            code
          }
        }
      }
    `);
    // the address picked from the nearest ones still without a dwelling (the demo leaves a new flat in each community)
    const NEAR = graphql(`
      query FieldAddressesToRegister($p: PositionInput!) {
        standardAddresses(near: $p, withoutHousing: true) {
          fullText
        }
      }
    `);
    const nearby = (await call(officer, NEAR, { p: inside })).standardAddresses;
    const registered = await sql(
      'population',
      'select a.full_text from housing h join standard_address a on a.id = h.address_id where a.full_text = any(?::text[])',
      [`{${nearby.map((a) => `"${a.fullText}"`).join(',')}}`],
    );
    expect(nearby.length).toBeGreaterThan(0);
    expect(registered).toEqual([]);
    const address = { full_text: nearby[0].fullText };
    const input = { addressText: address.full_text, kind: 'building', use: 'self_occupied', position: inside, clientKey: randomUUID() } as const;
    const sends = await Promise.all([1, 2].map(() => call(officer, REGISTER_HOUSING, { i: input })));
    expect(sends[0].registerHousing.errors).toEqual([]);
    expect(sends[1].registerHousing).toEqual(sends[0].registerHousing);
    // another key at the same address is a second dwelling there: refused as before
    expect((await call(officer, REGISTER_HOUSING, { i: { ...input, clientKey: randomUUID() } })).registerHousing.errors).toEqual([
      { code: 'HOUSING_DUPLICATE', field: 'addressText' },
    ]);
    const dwelling = sends[0].registerHousing.housing!.id;
    const person = (
      await call(officer, REGISTER, {
        i: {
          name: '定位登记',
          idNumber: composeResidentId('110101', '1985-07-08', 417, 'male'),
          kind: 'registered',
          communityId: home.id,
          position: elsewhere,
        },
      })
    ).registerResident.resident!.id;
    const places = await sql(
      'population',
      'select subject_type, in_community from located_registration where subject_id = any(?::uuid[]) order by subject_type',
      [`{${dwelling},${person}}`],
    );
    expect(places).toEqual([
      { subject_type: 'resident', in_community: false },
      { subject_type: 'housing', in_community: true },
    ]);

    // moved to a night hour no check-in covers: only the one made inside the boundary counts
    const day = new Date(Date.now() + 8 * 3_600_000 - 5 * 86_400_000).toISOString().slice(0, 10);
    await sql('population', 'update located_registration set at = ? where subject_id = any(?::uuid[])', [`${day}T03:00:00+08:00`, `{${dwelling},${person}}`]);
    const TIME = graphql(`
      query FieldTimeFromRegistrations($id: ID!, $from: String!, $to: String!) {
        officer(id: $id) {
          timeInCommunity(from: $from, to: $to) {
            recordHours
            locatedRecords
          }
        }
      }
    `);
    const window = { id: officerId, from: `${day}T02:00:00+08:00`, to: `${day}T04:00:00+08:00` };
    expect((await call(officer, TIME, window)).officer!.timeInCommunity).toEqual({ recordHours: 0.5, locatedRecords: 1 });
  });
});
