import type { Claims } from '@cp/auth';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { forEachField } from './document-fields';

/**
 * What a partner system (网格化管理平台, 综治中心) may select: every field by its type, closed by
 * default — a field not listed here is refused at the gateway before any subgraph is called,
 * whatever the partner's scopes and whatever operations were registered for it. The subgraphs
 * still scope every record by the partner's communities and scopes and mask personal data;
 * this table decides which fields exist for partners at all. `docs/PARTNERS.md` lists it, and
 * the partner-fields test walks every field reachable from these roots against it.
 *
 * Left out on purpose: officers, their phones and who is on duty (the police's own organisation),
 * who handles a dispute and its history (police assessments), descriptions and parties of
 * disputes (personal), housing and landlords (no scope covers them), scorecards and every other
 * internal figure.
 */
export const PARTNER_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Query: ['stations', 'station', 'communities', 'community', 'residents', 'resident', 'disputes', 'dispute', 'riskMap', 'taskTemplates'],
  Mutation: ['partnerToken', 'reportGridEvent', 'pushTask'],
  Station: ['id', 'code', 'name', 'communities'],
  Community: ['id', 'code', 'name', 'station', 'grids', 'populationStats', 'disputes'],
  PopulationStats: ['residents', 'floating', 'households', 'registeredHouseholds'],
  Grid: ['id', 'name', 'kind', 'boundary'],
  ResidentConnection: ['nodes', 'pageInfo'],
  Resident: ['id', 'name', 'sex', 'kind', 'documentKind', 'idNumber', 'phone', 'masked', 'community', 'address', 'disputes'],
  StandardAddress: ['id', 'fullText'],
  DisputeConnection: ['nodes', 'pageInfo'],
  Dispute: ['id', 'title', 'category', 'source', 'status', 'riskLevel', 'isRepeat', 'reportedAt', 'closedAt', 'community', 'grid'],
  RiskMap: ['grids', 'communities', 'computedAt'],
  GridRisk: ['openDisputes', 'highRisk', 'band', 'grid', 'community'],
  CommunityRisk: ['openDisputes', 'highRisk', 'band', 'community'],
  PageInfo: ['endCursor', 'hasNextPage'],
  GridEventPayload: ['dispute', 'created', 'errors'],
  TaskTemplate: ['code', 'name', 'description', 'ways', 'doneBy', 'dueDays', 'prohibitedReason'],
  TaskPayload: ['task', 'errors'],
  Task: ['id', 'templateCode', 'way', 'title', 'status', 'issuedAt', 'dueAt', 'doneAt'],
  PartnerTokenPayload: ['accessToken', 'expiresIn', 'errors'],
  UserError: ['code', 'message', 'field'],
};

/** The policy as the partner guide prints it (between its `partner-fields` markers; a test keeps them equal). */
export function partnerFieldsMarkdown(): string {
  const rows = Object.entries(PARTNER_FIELDS).map(([type, fields]) => `| \`${type}\` | ${fields.map((f) => `\`${f}\``).join(' ')} |`);
  return ['| type | fields a partner may select |', '| --- | --- |', ...rows].join('\n');
}

/** The first field of `document` a partner may not select, as `Type.field`. */
export function firstFieldRefused(schema: GraphQLSchema, document: DocumentNode): string | null {
  let refused: string | null = null;
  forEachField(schema, document, (type, field) => {
    if (refused || field.name.value.startsWith('__')) return;
    if (!PARTNER_FIELDS[type]?.includes(field.name.value)) refused = `${type}.${field.name.value}`;
  });
  return refused;
}

/** Refuses, for partner callers, any operation that selects a field outside `PARTNER_FIELDS`. */
export function usePartnerFieldPolicy(): GatewayPlugin<{ claims?: Claims | null }> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (!args.contextValue.claims?.roles.includes('partner')) return;
      const refused = firstFieldRefused(args.schema, args.document);
      if (!refused) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(`合作平台无权读取 ${refused}（可读字段见合作平台接入指南）`, { extensions: { code: 'PARTNER_FIELD_NOT_ALLOWED', field: refused } }),
        ],
      });
    },
  };
}
