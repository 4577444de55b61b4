import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';

/** What a query may cost before it reaches any subgraph. The console's deepest page needs depth 6. */
export const QUERY_LIMITS = { depth: 10, aliases: 15, directives: 20, tokens: 3000, cost: 5000 };

/** graphql-armor's refusals, re-coded for clients: a stable code and a Chinese message. */
const REFUSALS: Array<[RegExp, string, string]> = [
  [/depth limit/i, 'QUERY_TOO_DEEP', `查询嵌套过深（最多 ${QUERY_LIMITS.depth} 层）`],
  [/aliases limit/i, 'TOO_MANY_ALIASES', `查询别名过多（最多 ${QUERY_LIMITS.aliases} 个）`],
  [/directives limit/i, 'TOO_MANY_DIRECTIVES', `查询指令过多（最多 ${QUERY_LIMITS.directives} 个）`],
  [/token limit/i, 'QUERY_TOO_LONG', `查询过长（最多 ${QUERY_LIMITS.tokens} 个词元）`],
  [/cost limit/i, 'QUERY_TOO_COSTLY', `查询代价过高（上限 ${QUERY_LIMITS.cost}）`],
];

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
  // armor reports refusals as syntax errors with English text; clients get them re-coded
  const recode: GatewayPlugin = {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      const errors = result.errors.map((error) => {
        const match = REFUSALS.find(([pattern]) => pattern.test(error.message));
        return match ? new GraphQLError(match[2], { extensions: { code: match[1] } }) : error;
      });
      setResult({ ...result, errors });
    },
  };
  return [armor as GatewayPlugin, recode];
}
