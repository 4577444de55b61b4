import { parseResidentId, type ResidentIdProblem } from '@cp/id-card';
import { userError, type UserError } from '@cp/service-kit';
import { beijingToday } from '@cp/calendar';
import { DocumentKind, ResidentKind, Sex } from './resident.entity';
import type { RegisterResidentInput } from './resident.inputs';

/*
 * The checks of a resident entry that need no database: the identity document and the dates.
 * Registration and bulk import both run them, so a row is refused for the same reasons, in the
 * same words, either way.
 */

const ID_PROBLEMS: Record<ResidentIdProblem, [string, string]> = {
  FORMAT: ['RESIDENT_ID_FORMAT', '公民身份号码应为 18 位，前 17 位为数字，末位为数字或 X'],
  BIRTH_DATE: ['RESIDENT_ID_BIRTH_DATE', '公民身份号码中的出生日期无效'],
  CHECKSUM: ['RESIDENT_ID_CHECKSUM', '公民身份号码校验码错误，请核对后重新输入'],
};

export interface IdentityDocument {
  idNumber: string;
  documentKind: DocumentKind;
  nationality: string | null;
  sex: Sex;
  birthDate: string;
}

/** Arrival and residence registration: not in the future, not before birth or arrival, only for those they concern. */
export function checkDates(input: Pick<RegisterResidentInput, 'kind' | 'arrivedOn' | 'residenceRegisteredOn'>, birthDate: string): UserError[] {
  const today = beijingToday();
  const problems: UserError[] = [];
  const { arrivedOn, residenceRegisteredOn } = input;
  if (input.kind !== ResidentKind.registered && arrivedOn) {
    if (arrivedOn > today) problems.push(userError('RESIDENT_ARRIVAL_FUTURE', '来本地日期不能晚于今天', 'arrivedOn'));
    if (arrivedOn < birthDate) problems.push(userError('RESIDENT_ARRIVAL_BEFORE_BIRTH', '来本地日期不能早于出生日期', 'arrivedOn'));
  }
  if (residenceRegisteredOn) {
    if (input.kind !== ResidentKind.floating) {
      problems.push(userError('RESIDENCE_REGISTRATION_NOT_FLOATING', '只有流动人口办理居住登记', 'residenceRegisteredOn'));
    } else if (residenceRegisteredOn > today) {
      problems.push(userError('RESIDENCE_REGISTERED_FUTURE', '居住登记日期不能晚于今天', 'residenceRegisteredOn'));
    } else if (arrivedOn && residenceRegisteredOn < arrivedOn) {
      problems.push(userError('RESIDENCE_REGISTERED_BEFORE_ARRIVAL', '居住登记日期不能早于来本地日期', 'residenceRegisteredOn'));
    }
  }
  return problems;
}

/**
 * The identity document: a resident ID gives sex and birth date (and must agree with them when
 * they are typed too); a foreigner's passport comes with nationality, sex and birth date typed.
 */
export function checkDocument(input: RegisterResidentInput, problems: UserError[]): IdentityDocument | null {
  if (input.kind === ResidentKind.foreign) {
    const passport = input.idNumber.trim().toUpperCase();
    const before = problems.length;
    if (!/^[A-Z0-9]{5,20}$/.test(passport)) problems.push(userError('RESIDENT_PASSPORT_FORMAT', '护照号码应为 5 到 20 位字母或数字', 'idNumber'));
    if (!input.sex) problems.push(userError('RESIDENT_SEX_REQUIRED', '境外人员须填写性别', 'sex'));
    if (!input.birthDate) problems.push(userError('RESIDENT_BIRTH_DATE_REQUIRED', '境外人员须填写出生日期', 'birthDate'));
    if (problems.length > before || !input.sex || !input.birthDate) return null;
    return { idNumber: passport, documentKind: DocumentKind.passport, nationality: input.nationality!, sex: input.sex, birthDate: input.birthDate };
  }
  const parsed = parseResidentId(input.idNumber);
  if (!parsed.ok) {
    const [code, message] = ID_PROBLEMS[parsed.problem];
    problems.push(userError(code, message, 'idNumber'));
    return null;
  }
  const sex = parsed.facts.sex === 'male' ? Sex.male : Sex.female;
  if (input.sex && input.sex !== sex) problems.push(userError('RESIDENT_SEX_MISMATCH', '性别与公民身份号码不一致，请核对', 'sex'));
  if (input.birthDate && input.birthDate !== parsed.facts.birthDate) {
    problems.push(userError('RESIDENT_BIRTH_DATE_MISMATCH', '出生日期与公民身份号码不一致，请核对', 'birthDate'));
  }
  return { idNumber: input.idNumber.trim().toUpperCase(), documentKind: DocumentKind.resident_id, nationality: null, sex, birthDate: parsed.facts.birthDate };
}
