import { ENUM_LABELS, formatDateTime } from '@cp/ui';
import type { WorkLedgerQuery } from '../../gql/graphql';

/** One part of a ledger as a station files it: a heading, its columns and its rows of text. */
export interface LedgerSection {
  key: string;
  title: string;
  columns: Array<{ title: string; width: number }>;
  rows: string[][];
  truncated: boolean;
}

const col = (title: string, width = 12) => ({ title, width });
const or = (s: string | null | undefined) => s ?? '';

/**
 * The ledgers' one layout (台账: 走访核查、单位检查、纠纷处置、任务), read by the screen, the Excel
 * export and the printed copy alike, so the three can never disagree.
 */
export function ledgerSections(data: WorkLedgerQuery, officerName: (id: string) => string): LedgerSection[] {
  const templates = new Map(data.taskTemplates.map((t) => [t.code, t.name]));
  const visits = data.visitLedger.records;
  const people = visits.filter((v) => v.subjectType !== 'unit');
  const units = visits.filter((v) => v.subjectType === 'unit');
  return [
    {
      key: 'visits',
      title: '走访核查记录',
      columns: [col('序号', 6), col('时间', 17), col('对象', 12), col('社区', 14), col('类别', 10), col('结果', 10), col('情况记录', 40), col('民警', 10)],
      rows: people.map((v, i) => [
        String(i + 1),
        formatDateTime(v.at),
        v.resident?.name ?? (v.subjectType === 'housing' ? '房屋' : ''),
        or(v.community?.name),
        ENUM_LABELS.VisitKind[v.kind],
        ENUM_LABELS.VisitOutcome[v.outcome],
        or(v.note),
        v.officerName,
      ]),
      truncated: data.visitLedger.truncated,
    },
    {
      key: 'inspections',
      title: '单位检查记录',
      columns: [
        col('序号', 6),
        col('时间', 17),
        col('单位', 18),
        col('社区', 14),
        col('类别', 10),
        col('结果', 10),
        col('整改期限', 12),
        col('情况记录', 36),
        col('民警', 10),
      ],
      rows: units.map((v, i) => [
        String(i + 1),
        formatDateTime(v.at),
        or(v.unit?.name),
        or(v.community?.name),
        ENUM_LABELS.VisitKind[v.kind],
        ENUM_LABELS.VisitOutcome[v.outcome],
        or(v.rectifyBy),
        or(v.note),
        v.officerName,
      ]),
      truncated: data.visitLedger.truncated,
    },
    {
      key: 'disputes',
      title: '矛盾纠纷处置记录',
      columns: [col('序号', 6), col('时间', 17), col('纠纷', 28), col('处置', 12), col('说明', 40), col('经办人', 10)],
      rows: data.disputeStepLedger.records.map((s, i) => [
        String(i + 1),
        formatDateTime(s.event.at),
        s.dispute.title,
        ENUM_LABELS.DisputeEventKind[s.event.kind],
        or(s.event.note),
        s.event.actorName,
      ]),
      truncated: data.disputeStepLedger.truncated,
    },
    {
      key: 'tasks',
      title: '任务办理记录',
      columns: [
        col('序号', 6),
        col('下达时间', 17),
        col('任务', 28),
        col('类别', 12),
        col('来源', 10),
        col('下达人', 14),
        col('承办民警', 10),
        col('期限', 17),
        col('完成情况', 36),
      ],
      rows: data.taskLedger.records.map((t, i) => [
        String(i + 1),
        formatDateTime(t.issuedAt),
        t.title,
        templates.get(t.templateCode) ?? t.templateCode,
        ENUM_LABELS.TaskWay[t.way],
        t.issuerName,
        officerName(t.officerId),
        formatDateTime(t.dueAt),
        t.status === 'done' ? `${formatDateTime(t.doneAt!)} 完成${t.report ? `：${t.report}` : ''}` : '未完成',
      ]),
      truncated: data.taskLedger.truncated,
    },
  ];
}
