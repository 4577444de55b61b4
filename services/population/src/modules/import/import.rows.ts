import { randomUUID } from 'node:crypto';
import { pgArray, userError, validateInput, type UserError } from '@cp/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { standardSpelling } from '@cp/address';
import { lookUpAddress } from '../address/address.lookup';
import { StandardAddressEntity } from '../address/address.entity';
import { HousingKind, HousingUse } from '../housing/housing.entity';
import { checkDetails } from '../housing/housing.service';
import { HousingDetailsInput } from '../housing/housing.type';
import { checkDates, checkDocument } from '../resident/resident.checks';
import { ResidentKind, Sex } from '../resident/resident.entity';
import { RegisterResidentInput } from '../resident/resident.inputs';
import { ImportRowStatus } from './import.entity';
import type { HousingImportRow, ResidentImportRow } from './import.type';

/*
 * One batch of a file's rows, checked as registration checks one entry (the same checks, codes
 * and words), with the lookups done for the whole batch at once: the standard addresses, the
 * documents already registered, the rows accepted earlier in the same import.
 */

export interface CheckedRow {
  rowNo: number;
  /** Skipped: already in the register (a re-run, or a ledger exported again), so not written twice. */
  status: ImportRowStatus.accepted | ImportRowStatus.refused | ImportRowStatus.skipped;
  label: string;
  data: Record<string, unknown> | null;
  errors: UserError[];
}

/** What the rest of the import already holds, for duplicates within the file. */
export interface EarlierRows {
  /** Documents (`kind|nationality|number`) of accepted rows outside this batch. */
  documents(keys: string[]): Promise<Set<string>>;
  /** Address ids of accepted housing rows outside this batch. */
  addresses(ids: string[]): Promise<Set<string>>;
}

const KINDS: Record<string, ResidentKind> = {
  户籍: ResidentKind.registered,
  户籍人口: ResidentKind.registered,
  流动: ResidentKind.floating,
  流动人口: ResidentKind.floating,
  境外: ResidentKind.foreign,
  境外人员: ResidentKind.foreign,
};
const SEXES: Record<string, Sex> = { 男: Sex.male, 女: Sex.female };
const HOUSING_KINDS: Record<string, HousingKind> = {
  楼房: HousingKind.building,
  平房: HousingKind.bungalow,
  四合院: HousingKind.courtyard,
  其他: HousingKind.other,
};
const USES: Record<string, HousingUse> = { 自住: HousingUse.self_occupied, 出租: HousingUse.rented, 经营: HousingUse.business, 空置: HousingUse.vacant };

const text = (v: string | null | undefined): string | null => (v?.trim() ? v.trim() : null);

/** A label in Chinese or the code itself; undefined when the cell says something else. */
function label<T extends string>(labels: Record<string, T>, v: string | null | undefined): T | null | undefined {
  const t = text(v);
  if (!t) return null;
  if (t in labels) return labels[t];
  return (Object.values(labels) as string[]).includes(t) ? (t as T) : undefined;
}

/** 2026-3-1, 2026/03/01, 2026.3.1, 20260301, 2026年3月1日 → 2026-03-01; anything else stays as typed (and is refused). */
export function normaliseDay(v: string | null | undefined): string | null {
  const t = text(v);
  if (!t) return null;
  const m = /^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?$/.exec(t);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : t;
}

/** The standard addresses of a batch: exact (normalised) matches in one statement, the rest one by one. */
async function findAddresses(em: EntityManager, typed: string[]): Promise<Map<string, StandardAddressEntity | UserError>> {
  const found = new Map<string, StandardAddressEntity | UserError>();
  const wanted = [...new Set(typed)];
  const exact = await em.find(StandardAddressEntity, { fullText: { $in: wanted.map(standardSpelling) } });
  const byText = new Map(exact.map((a) => [a.fullText, a]));
  for (const t of wanted) {
    const hit = byText.get(standardSpelling(t));
    if (hit) found.set(t, hit);
    else {
      const looked = await lookUpAddress(em, t, 'address');
      found.set(t, looked.address ?? looked.error!);
    }
  }
  return found;
}

/** A row already in the register: reported, not written (the reason says so). */
const skipped = (rowNo: number, label: string, note: UserError): CheckedRow => ({ rowNo, status: ImportRowStatus.skipped, label, data: null, errors: [note] });

const documentKey = (d: { documentKind: string; nationality: string | null; idNumber: string }) => `${d.documentKind}|${d.nationality ?? ''}|${d.idNumber}`;

export async function checkResidentRows(em: EntityManager, communityId: string, rows: ResidentImportRow[], earlier: EarlierRows): Promise<CheckedRow[]> {
  const checked = await Promise.all(
    rows.map(async (row) => {
      const problems: UserError[] = [];
      const kind = label(KINDS, row.kind);
      const sex = label(SEXES, row.sex);
      if (kind === undefined) problems.push(userError('IMPORT_KIND', '类别应为 户籍、流动 或 境外', 'kind'));
      if (sex === undefined) problems.push(userError('IMPORT_SEX', '性别应为 男 或 女', 'sex'));
      const input = Object.assign(new RegisterResidentInput(), {
        name: text(row.name) ?? '',
        idNumber: text(row.idNumber) ?? '',
        kind: kind ?? ResidentKind.registered,
        nationality: text(row.nationality)?.toUpperCase() ?? null,
        sex: sex ?? null,
        birthDate: normaliseDay(row.birthDate),
        phone: text(row.phone),
        originArea: text(row.originArea),
        arrivedOn: normaliseDay(row.arrivedOn),
        residenceRegisteredOn: normaliseDay(row.residenceRegisteredOn),
        communityId,
        addressText: text(row.address),
      });
      if (kind === null) problems.push(userError('IMPORT_KIND', '请填写类别：户籍、流动 或 境外', 'kind'));
      problems.push(...(await validateInput(input)));
      const document = kind ? checkDocument(input, problems) : null;
      if (document) problems.push(...checkDates(input, document.birthDate));
      return { row, input, document, problems };
    }),
  );

  const addresses = await findAddresses(
    em,
    checked.flatMap((c) => (c.input.addressText ? [c.input.addressText] : [])),
  );
  const keys = checked.flatMap((c) => (c.document ? [documentKey(c.document)] : []));
  const registered = await registeredDocuments(
    em,
    checked.flatMap((c) => (c.document ? [c.document.idNumber] : [])),
  );
  const elsewhereInFile = await earlier.documents(keys);
  const seen = new Set<string>();

  const twins = await suspectedTwins(
    em,
    checked.flatMap((c) => {
      const a = c.input.addressText ? addresses.get(c.input.addressText) : null;
      return c.document && a instanceof StandardAddressEntity ? [{ name: c.input.name.trim(), birthDate: c.document.birthDate, addressId: a.id }] : [];
    }),
  );

  return checked.map(({ row, input, document, problems }) => {
    let addressId: string | null = null;
    if (input.addressText) {
      const a = addresses.get(input.addressText)!;
      if (!(a instanceof StandardAddressEntity)) problems.push(a);
      else if (a.community.id !== communityId) problems.push(userError('ADDRESS_OTHER_COMMUNITY', '该地址不属于导入的社区', 'address'));
      else addressId = a.id;
    }
    let already = false;
    if (document) {
      const key = documentKey(document);
      if (registered.has(key)) already = true;
      else if (seen.has(key) || elsewhereInFile.has(key)) {
        problems.push(userError('IMPORT_DUPLICATE_ROW', '文件中已有同一证件号码的行', 'idNumber'));
      }
      seen.add(key);
      if (!already && addressId && twins.has(`${input.name.trim()}|${document.birthDate}|${addressId}`)) {
        problems.push(userError('RESIDENT_SUSPECTED_DUPLICATE', '同一地址已登记同名、同出生日期的人员，疑似重复录入，请逐一登记核实', 'name'));
      }
    }
    const accepted = problems.length === 0 && !!document;
    const errors = problems.map((p) => ({ ...p, field: p.field === 'addressText' ? 'address' : p.field }));
    if (accepted && already)
      return skipped(row.rowNo, text(row.name)!, userError('IMPORT_ALREADY_REGISTERED', '该证件号码已登记，跳过，不重复写入', 'idNumber'));
    return {
      rowNo: row.rowNo,
      status: accepted ? ImportRowStatus.accepted : ImportRowStatus.refused,
      label: text(row.name) ?? '（无姓名）',
      errors,
      data: accepted
        ? {
            id: randomUUID(),
            name: input.name.trim(),
            ...document,
            phone: input.phone,
            kind: input.kind,
            originArea: input.kind === ResidentKind.floating ? input.originArea : null,
            arrivedOn: input.kind === ResidentKind.registered ? null : input.arrivedOn,
            residenceRegisteredOn: input.kind === ResidentKind.floating ? input.residenceRegisteredOn : null,
            addressId,
          }
        : null,
    };
  });
}

async function registeredDocuments(em: EntityManager, numbers: string[]): Promise<Set<string>> {
  if (!numbers.length) return new Set();
  const rows: Array<{ document_kind: string; nationality: string | null; id_number: string }> = await em
    .getConnection()
    .execute(`select document_kind, nationality, id_number from resident where id_number = any(?::text[])`, [pgArray(numbers)]);
  return new Set(rows.map((r) => documentKey({ documentKind: r.document_kind, nationality: r.nationality, idNumber: r.id_number })));
}

/** Residents already registered with the same name and birth date at the same address. */
async function suspectedTwins(em: EntityManager, people: Array<{ name: string; birthDate: string; addressId: string }>): Promise<Set<string>> {
  if (!people.length) return new Set();
  const rows: Array<{ name: string; birth_date: string; address_id: string }> = await em.getConnection().execute(
    `select r.name, to_char(r.birth_date, 'YYYY-MM-DD') as birth_date, r.address_id from resident r
       join unnest(?::text[], ?::date[], ?::uuid[]) as p(name, birth_date, address_id)
         on r.name = p.name and r.birth_date = p.birth_date and r.address_id = p.address_id`,
    [pgArray(people.map((p) => p.name)), pgArray(people.map((p) => p.birthDate)), pgArray(people.map((p) => p.addressId))],
  );
  return new Set(rows.map((r) => `${r.name}|${r.birth_date}|${r.address_id}`));
}

export async function checkHousingRows(em: EntityManager, communityId: string, rows: HousingImportRow[], earlier: EarlierRows): Promise<CheckedRow[]> {
  const addresses = await findAddresses(
    em,
    rows.flatMap((r) => (text(r.address) ? [text(r.address)!] : [])),
  );
  const ids = [...addresses.values()].flatMap((a) => (a instanceof StandardAddressEntity ? [a.id] : []));
  const housed: Array<{ address_id: string }> = ids.length
    ? await em.getConnection().execute(`select address_id from housing where address_id = any(?::uuid[])`, [pgArray(ids)])
    : [];
  const registered = new Set(housed.map((h) => h.address_id));
  const elsewhereInFile = await earlier.addresses(ids);
  const seen = new Set<string>();

  const validated = await Promise.all(
    rows.map(async (row) => {
      const problems: UserError[] = [];
      const kind = label(HOUSING_KINDS, row.kind);
      const use = label(USES, row.use);
      if (!kind) problems.push(userError('IMPORT_HOUSING_KIND', '房屋类别应为 楼房、平房、四合院 或 其他', 'kind'));
      if (!use) problems.push(userError('IMPORT_HOUSING_USE', '用途应为 自住、出租、经营 或 空置', 'use'));
      const details = Object.assign(new HousingDetailsInput(), {
        kind: kind ?? HousingKind.other,
        use: use ?? HousingUse.vacant,
        landlordName: text(row.landlordName),
        landlordPhone: text(row.landlordPhone),
        rentedSince: normaliseDay(row.rentedSince),
        rentalRegisteredOn: normaliseDay(row.rentalRegisteredOn),
      });
      problems.push(...(await validateInput(details)));
      if (use) problems.push(...checkDetails(details));
      return { row, details, problems };
    }),
  );
  // in file order, so the first of two rows for one address is the one accepted
  return validated.map(({ row, details, problems }): CheckedRow => {
    const typed = text(row.address);
    let addressId: string | null = null;
    if (!typed) problems.push(userError('ADDRESS_NOT_STANDARD', '请填写房屋的标准地址', 'address'));
    else {
      const a = addresses.get(typed)!;
      if (!(a instanceof StandardAddressEntity)) problems.push(a);
      else if (a.community.id !== communityId) problems.push(userError('ADDRESS_OTHER_COMMUNITY', '该地址不属于导入的社区', 'address'));
      else if (seen.has(a.id) || elsewhereInFile.has(a.id)) problems.push(userError('IMPORT_DUPLICATE_ROW', '文件中已有同一地址的行', 'address'));
      else addressId = a.id;
      if (a instanceof StandardAddressEntity) seen.add(a.id);
    }
    const accepted = problems.length === 0;
    if (accepted && registered.has(addressId!)) {
      return skipped(row.rowNo, typed!, userError('IMPORT_ALREADY_REGISTERED', '该地址已登记房屋，跳过；如需修改请在原记录上修改', 'address'));
    }
    const rented = details.use === HousingUse.rented;
    return {
      rowNo: row.rowNo,
      status: accepted ? ImportRowStatus.accepted : ImportRowStatus.refused,
      label: typed ?? '（无地址）',
      errors: problems,
      data: accepted
        ? {
            id: randomUUID(),
            addressId,
            kind: details.kind,
            use: details.use,
            landlordName: details.landlordName,
            landlordPhone: details.landlordPhone,
            rentedSince: rented ? details.rentedSince : null,
            rentalRegisteredOn: rented ? details.rentalRegisteredOn : null,
          }
        : null,
    };
  });
}
