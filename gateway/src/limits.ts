import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type ValueNode } from 'graphql';
import { forEachField } from './document-fields';

/** What a query may cost before it reaches any subgraph. The console's deepest page needs depth 6. */
export const QUERY_LIMITS = { depth: 10, aliases: 15, directives: 20, tokens: 3000, cost: 5000, districtComputations: 4 };

/**
 * Fields that score the whole district for a period (every community's facts, through three
 * subgraphs): seconds each on a large district, whatever their place in the query, so graphql-armor's
 * per-field cost does not see them. Each costs one district computation (a trend one per period it
 * covers); a request may ask for `QUERY_LIMITS.districtComputations`.
 */
export const DISTRICT_COMPUTATIONS: Record<string, (args: Record<string, unknown>) => number> = {
  'Query.ranking': () => 1,
  'Query.scorecardTrend': (a) => Math.min(Math.max(Number(a.periods ?? 4), 1), 8),
  'Station.ranking': () => 1,
  'Station.scorecard': () => 1,
  'Community.scorecard': () => 1,
  'Officer.scorecard': () => 1,
};

/** How many district computations a document asks for (aliases and fragments counted where they stand). */
export function districtComputations(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}): number {
  const valueOf = (v: ValueNode): unknown => (v.kind === 'Variable' ? variables[v.name.value] : 'value' in v ? v.value : undefined);
  let total = 0;
  forEachField(schema, document, (type, field) => {
    const cost = DISTRICT_COMPUTATIONS[`${type}.${field.name.value}`];
    if (cost) total += cost(Object.fromEntries((field.arguments ?? []).map((a) => [a.name.value, valueOf(a.value)])));
  });
  return total;
}

/**
 * Refusals made before execution — graphql-armor's limits, GraphQL's own validation and variable
 * coercion, the server's request parsing — re-coded for clients: a stable code and a Chinese
 * message, the original English kept in `extensions.detail` for developers.
 */
const REFUSALS: Array<[RegExp, string, string | ((m: RegExpExecArray) => string)]> = [
  [/depth limit/i, 'QUERY_TOO_DEEP', `查询嵌套过深（最多 ${QUERY_LIMITS.depth} 层）`],
  [/aliases limit/i, 'TOO_MANY_ALIASES', `查询别名过多（最多 ${QUERY_LIMITS.aliases} 个）`],
  [/directives limit/i, 'TOO_MANY_DIRECTIVES', `查询指令过多（最多 ${QUERY_LIMITS.directives} 个）`],
  [/token limit/i, 'QUERY_TOO_LONG', `查询过长（最多 ${QUERY_LIMITS.tokens} 个词元）`],
  [/cost limit/i, 'QUERY_TOO_COSTLY', `查询代价过高（上限 ${QUERY_LIMITS.cost}）`],
  [/Batching is not supported/i, 'BATCHING_NOT_SUPPORTED', '不支持批量请求，请逐个发送'],
  [/^Variable "\$(\w+)" of (?:required|non-null) type "[^"]*" (?:was not provided|must not be null)/, 'INPUT_REQUIRED', (m) => `缺少必填参数 $${m[1]}`],
  [/^Variable "\$(\w+)" got invalid value .*Field "([\w.]+)" of required type/, 'INPUT_REQUIRED', (m) => `参数 $${m[1]} 缺少必填字段 ${m[2]}`],
  [
    /^Variable "\$(\w+)" got invalid value .*(?:does not exist in "\w+" enum|Enum "\w+" cannot represent)/,
    'INPUT_ENUM_INVALID',
    (m) => `参数 $${m[1]} 的枚举值无效`,
  ],
  [/^Variable "\$(\w+)" got invalid value .*Field "([\w.]+)" is not defined/, 'INPUT_FIELD_UNKNOWN', (m) => `参数 $${m[1]} 含未定义的字段 ${m[2]}`],
  [/^Variable "\$(\w+)" got invalid value/, 'INPUT_TYPE_INVALID', (m) => `参数 $${m[1]} 的值类型不符（如数值超出范围、应为文本却给了数字）`],
  [/^Syntax Error/, 'GRAPHQL_PARSE_FAILED', '查询语句有语法错误'],
  [/^Unknown argument/, 'GRAPHQL_VALIDATION_FAILED', '查询使用了未定义的参数'],
  [/^Cannot query field/, 'GRAPHQL_VALIDATION_FAILED', '查询了未定义的字段'],
  [/^Field "[^"]+" argument "[^"]+" of type "[^"]+" is required/, 'INPUT_REQUIRED', '查询缺少必填参数'],
  [/(?:Enum "\w+" cannot represent|cannot represent|Expected value of type)/, 'INPUT_TYPE_INVALID', '参数的值类型不符'],
];

/** Codes a refusal before execution may carry, or none: those without a Chinese message are re-coded. */
const PRE_EXECUTION = new Set([undefined, 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);
const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

function recoded(error: GraphQLError): GraphQLError {
  const http = error.extensions?.http; // the HTTP status the refusal answers with, kept
  for (const [pattern, code, message] of REFUSALS) {
    const m = pattern.exec(error.message);
    if (m) return new GraphQLError(typeof message === 'string' ? message : message(m), { extensions: { code, detail: error.message, http } });
  }
  const code = error.extensions?.code as string | undefined;
  if (PRE_EXECUTION.has(code) && !hasChinese(error.message)) {
    return new GraphQLError('请求不符合接口定义', { path: error.path, extensions: { code: code ?? 'BAD_REQUEST', detail: error.message, http } });
  }
  return error;
}

/**
 * Depth, alias, directive, token and cost limits (graphql-armor), checked while the gateway
 * validates a document, so an abusive query never reaches a subgraph. Field suggestions
 * ("did you mean …") are hidden outside development.
 */
export function useQueryLimits(production: boolean): GatewayPlugin[] {
  const armor = EnvelopArmorPlugin({
    maxDepth: { n: QUERY_LIMITS.depth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.aliases },
    maxDirectives: { n: QUERY_LIMITS.directives },
    maxTokens: { n: QUERY_LIMITS.tokens },
    costLimit: { maxCost: QUERY_LIMITS.cost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: production },
  });
  // armor, GraphQL validation and coercion answer in English, often without a code: re-coded here
  const recode: GatewayPlugin = {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      setResult({ ...result, errors: result.errors.map((e) => recoded(e as GraphQLError)) });
    },
  };
  const districtWork: GatewayPlugin = {
    onExecute({ args, setResultAndStopExecution }) {
      const asked = districtComputations(args.schema, args.document, (args.variableValues ?? {}) as Record<string, unknown>);
      if (asked <= QUERY_LIMITS.districtComputations) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(`查询包含过多全区统计（${asked} 项，最多 ${QUERY_LIMITS.districtComputations} 项：排名、记分卡、每期走势各算一项），请分开查询`, {
            extensions: { code: 'QUERY_TOO_COSTLY' },
          }),
        ],
      });
    },
  };
  return [armor as GatewayPlugin, recode, districtWork];
}
