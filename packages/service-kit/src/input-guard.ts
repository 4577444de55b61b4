import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { DomainError, userError } from './errors';
import { MAX_PAGE_SIZE } from './pagination';
import { PHOTO_MAX_BYTES } from './photo';

/**
 * The input rules every argument of every field obeys, whatever its resolver: checked before
 * the resolver runs (so nothing is read or written), each refusal a coded Chinese error naming
 * the argument. Domain rules (an ID's check digit, a score's range) stay in the services; these
 * are the ones no service should have to remember:
 * - text: no NUL characters, at most `MAX_TEXT` characters (`LONG_TEXT` for the few arguments
 *   that carry documents or letters), and required text is not blank (whitespace only);
 * - ids are UUIDs; page sizes `first` are 1 to 200; numbers are neither negative nor beyond
 *   `MAX_NUMBER` (no count, score, size or weight the platform keeps comes near it);
 * - dates and times (arguments named `…On`, `…At`, `from`, `to`, …) are real calendar dates
 *   between 1900 and 2100, as `YYYY-MM-DD` or ISO 8601 date-times.
 * Rows of an imported file (`…ImportRow`) are the file's text as typed: only the NUL and length
 * rules apply to them, since the import checks each row itself and reports it, row by row.
 * A mutation answering with a payload gets the refusal in its `errors` (nothing done: counts 0,
 * flags false); any other field gets it as a GraphQL error.
 */
export const INPUT_RULES = {
  MAX_TEXT: 2_000,
  /** `photo`: a PHOTO_MAX_BYTES photo in base64, with room for a data URL's prefix (within, `decodePhoto` judges it). */
  LONG_TEXT: { document: 20_000, content: 10_000, photo: Math.ceil(PHOTO_MAX_BYTES / 3) * 4 + 100 } as Record<string, number>,
  /** Secrets are compared as typed: never refused as blank or trimmed. */
  VERBATIM: new Set(['password', 'clientSecret']),
  DATE_NAME: /^(from|to|at|since|birthDate|rectifyBy)$|(On|At|Since|Until|From)$/,
  MAX_NUMBER: 1_000_000_000,
  RAW_ROWS: /ImportRow$/,
  /** Lists that are reports rather than pages, with a larger `first` (an import's rows). */
  PAGE_LIMITS: { 'ImportJob.rows': 1_000 } as Record<string, number>,
  MIN_YEAR: 1900,
  MAX_YEAR: 2100,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MOMENT = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?$/;

const refuse = (code: string, message: string, field: string) => new DomainError(code, message, field);

/** Whether y-m-d is a day that exists, in the years the platform deals with. */
function realDay(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(+y, +m - 1, +d));
  return +y >= INPUT_RULES.MIN_YEAR && +y <= INPUT_RULES.MAX_YEAR && date.getUTCFullYear() === +y && date.getUTCMonth() === +m - 1 && date.getUTCDate() === +d;
}

function checkText(value: string, name: string, field: string, required: boolean, raw: boolean): DomainError | null {
  if (value.includes('\u0000')) return refuse('INPUT_NUL_CHARACTER', '输入含有非法的空字符', field);
  const max = INPUT_RULES.LONG_TEXT[name] ?? INPUT_RULES.MAX_TEXT;
  if (value.length > max) return refuse('INPUT_TOO_LONG', `输入过长（最多 ${max} 个字符）`, field);
  if (raw) return null;
  if (required && !INPUT_RULES.VERBATIM.has(name) && !value.trim()) return refuse('INPUT_BLANK', '必填项不能为空白', field);
  if (INPUT_RULES.DATE_NAME.test(name) && value.trim()) {
    const v = value.trim();
    const m = DAY.exec(v) ?? MOMENT.exec(v);
    if (!m || !realDay(m[1], m[2], m[3]) || Number.isNaN(Date.parse(v))) {
      return refuse(
        'INPUT_DATE_INVALID',
        `日期无效：应为 ${INPUT_RULES.MIN_YEAR} 至 ${INPUT_RULES.MAX_YEAR} 年间真实存在的日期（YYYY-MM-DD 或 ISO 8601 时间）`,
        field,
      );
    }
  }
  return null;
}

function checkValue(value: unknown, type: GraphQLInputType, name: string, field: string, maxPage: number, raw = false): DomainError | null {
  if (value === null || value === undefined) return null; // required-ness is the schema's: coercion refused it already
  const required = isNonNullType(type);
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) {
    const items = value as unknown[];
    for (let i = 0; i < items.length; i++) {
      const problem = checkValue(items[i], inner.ofType as GraphQLInputType, name, field, maxPage, raw);
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(inner)) {
    const rows = raw || INPUT_RULES.RAW_ROWS.test(inner.name);
    for (const f of Object.values(inner.getFields())) {
      const problem = checkValue((value as Record<string, unknown>)[f.name], f.type, f.name, field ? `${field}.${f.name}` : f.name, maxPage, rows);
      if (problem) return problem;
    }
    return null;
  }
  switch (getNamedType(inner).name) {
    case 'ID':
      return UUID.test(String(value)) ? null : refuse('INPUT_ID_INVALID', '编号格式无效', field);
    case 'String':
      return checkText(value as string, name, field, required, raw);
    case 'Int':
    case 'Float': {
      const n = value as number;
      if (name === 'first' && (n < 1 || n > maxPage)) return refuse('INPUT_PAGE_SIZE', `每页条数应为 1 到 ${maxPage}`, field);
      if (n < 0) return refuse('INPUT_NEGATIVE', '数值不能为负数', field);
      return n > INPUT_RULES.MAX_NUMBER ? refuse('INPUT_NUMBER_TOO_LARGE', '数值过大，超出合理范围', field) : null;
    }
    default:
      return null;
  }
}

/** The first rule `args` break, as a coded error naming the argument (inside `input`, the input's own field). */
export function checkArguments(args: Record<string, unknown>, defs: readonly GraphQLArgument[], maxPage = MAX_PAGE_SIZE): DomainError | null {
  for (const def of defs) {
    const problem = checkValue(args[def.name], def.type, def.name, def.name === 'input' ? '' : def.name, maxPage);
    if (problem) return problem;
  }
  return null;
}

/**
 * How a field answers a refusal: a payload type (one with `errors: [UserError]`) as a payload
 * that did nothing — the error in `errors`, counts 0, flags false, lists empty, the rest null;
 * anything else by throwing the coded error.
 */
function refusalFor(type: GraphQLOutputType): (problem: DomainError) => unknown {
  const payload = getNullableType(type);
  if (!isObjectType(payload) || !payload.getFields().errors) {
    return (problem) => {
      throw problem;
    };
  }
  const nothing = Object.fromEntries(
    Object.values(payload.getFields()).map((f) => {
      if (!isNonNullType(f.type)) return [f.name, null];
      const inner = getNullableType(f.type);
      if (isListType(inner)) return [f.name, []];
      return [f.name, getNamedType(inner).name === 'Boolean' ? false : 0];
    }),
  );
  return (problem) => ({ ...nothing, errors: [userError(String(problem.extensions.code), problem.message, problem.extensions.field as string)] });
}

/** One field's checks so far, by its place in a document and the operation's variables. */
type Checked = WeakMap<FieldNode, WeakMap<object, DomainError | null>>;

/**
 * A field's arguments follow from its place in the document and the operation's variables alone,
 * so one check per place and operation answers for every time it resolves: a district page asks
 * `populationFacts(from:, to:)` of a thousand communities and checked the same two dates a thousand times.
 */
function checkOnce(checked: Checked, info: GraphQLResolveInfo, check: () => DomainError | null): DomainError | null {
  const node = info.fieldNodes[0]!;
  let byOperation = checked.get(node);
  if (!byOperation) checked.set(node, (byOperation = new WeakMap()));
  const known = byOperation.get(info.variableValues);
  if (known !== undefined) return known;
  const problem = check();
  byOperation.set(info.variableValues, problem);
  return problem;
}

/** Puts the input rules in front of every resolver of `schema` that takes arguments. */
export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length || field.name === '_entities') continue; // representations are the gateway's, not a caller's
      const resolve = field.resolve ?? defaultFieldResolver;
      const defs = field.args;
      const refusal = refusalFor(field.type);
      const maxPage = INPUT_RULES.PAGE_LIMITS[`${type.name}.${field.name}`] ?? MAX_PAGE_SIZE;
      const checked: Checked = new WeakMap();
      field.resolve = (source, args, context, info) => {
        const problem = checkOnce(checked, info, () => checkArguments(args, defs, maxPage));
        return problem ? refusal(problem) : resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
