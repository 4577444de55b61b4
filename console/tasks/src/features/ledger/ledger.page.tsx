import { useQuery } from '@apollo/client/react';
import { download, ErrorNotice, workbook } from '@cp/ui';
import { Alert, App, Button, Card, DatePicker, Segmented, Select, Space, Table, Tabs, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { LEDGER_CHOICES, WEEKLY_SUMMARY, WORK_LEDGER } from './ledger.operations';
import { ledgerSections, type LedgerSection } from './ledger.sections';

/** On paper only the ledger itself prints, A4 landscape, with the station's heading and the signatures' line. */
const PRINT_CSS = `
@media screen { .ledger-print { display: none; } }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body * { visibility: hidden; }
  .ant-layout-sider, .ant-layout-header { display: none !important; }
  .ledger-print, .ledger-print * { visibility: visible; }
  .ledger-print { position: absolute; left: 0; top: 0; width: 100%; font-size: 10pt; }
  .ledger-print h1 { font-size: 16pt; text-align: center; margin: 0 0 8pt; }
  .ledger-print h2 { font-size: 12pt; margin: 12pt 0 4pt; }
  .ledger-print table { width: 100%; border-collapse: collapse; page-break-inside: auto; }
  .ledger-print th, .ledger-print td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
  .ledger-print tr { page-break-inside: avoid; }
  .ledger-print .sign { margin-top: 16pt; display: flex; justify-content: space-between; }
}`;

/** The ledgers as a station files them, for the printer. */
function PrintedLedger({ title, sections, maker }: { title: string; sections: LedgerSection[]; maker: string }) {
  return (
    <div className="ledger-print" data-testid="ledger-print">
      <h1>{title}</h1>
      {sections.map((s, i) => (
        <section key={s.key}>
          <h2>{`${'一二三四'[i]}、${s.title}（${s.rows.length} 条）`}</h2>
          <table>
            <thead>
              <tr>
                {s.columns.map((c) => (
                  <th key={c.title}>{c.title}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {s.rows.length ? (
                s.rows.map((r) => (
                  <tr key={r[0]}>
                    {r.map((cell, j) => (
                      <td key={j}>{cell}</td>
                    ))}
                  </tr>
                ))
              ) : (
                <tr>
                  <td colSpan={s.columns.length}>无</td>
                </tr>
              )}
            </tbody>
          </table>
        </section>
      ))}
      <div className="sign">
        <span>制表：{maker}</span>
        <span>审核：__________</span>
        <span>制表日期：{dayjs().format('YYYY年M月D日')}</span>
      </div>
    </div>
  );
}

/**
 * 社区工作记录与台账: the records officers already made (visits, inspections, dispute steps, tasks),
 * for one officer's day or month (the work log) or a station's month (the ledgers); exported to
 * Excel or printed, so nobody types the same work twice.
 */
export function LedgerPage() {
  const { message } = App.useApp();
  const choices = useQuery(LEDGER_CHOICES);
  const me = choices.data?.me;
  const stations = useMemo(() => choices.data?.myStations ?? [], [choices.data]);
  const ownOnly = !!me && !me.roles.includes('district_admin') && !me.roles.includes('station_head');
  const [stationId, setStationId] = useState<string | undefined>();
  const [officerId, setOfficerId] = useState<string | undefined>();
  const [unit, setUnit] = useState<'month' | 'date'>('month');
  const [at, setAt] = useState<Dayjs>(dayjs());
  const station = stations.find((s) => s.id === (stationId ?? stations[0]?.id));
  const officer = ownOnly ? (me?.officerId ?? undefined) : officerId;
  const from = at.startOf(unit === 'month' ? 'month' : 'day');
  const to = from.add(1, unit === 'month' ? 'month' : 'day');
  const iso = (d: Dayjs) => `${d.format('YYYY-MM-DD')}T00:00:00+08:00`;
  const { data, loading, error } = useQuery(WORK_LEDGER, {
    variables: { from: iso(from), to: iso(to), stationId: ownOnly ? null : (station?.id ?? null), officerId: officer ?? null },
    skip: !me || (!ownOnly && !station),
  });
  const weekly = useQuery(WEEKLY_SUMMARY, { variables: { stationId: station?.id ?? '' }, skip: ownOnly || !station });
  const summary = weekly.data?.taskWeeklySummary;
  const names = useMemo(() => new Map(stations.flatMap((s) => (s.officers ?? []).map((o) => [o.id, o.name]))), [stations]);
  const sections = useMemo(() => (data ? ledgerSections(data, (id) => names.get(id) ?? (id === me?.officerId ? me.displayName : '')) : []), [data, names, me]);
  const who = officer ? (names.get(officer) ?? me?.displayName ?? '') : (station?.name ?? '');
  const when = unit === 'month' ? from.format('YYYY年M月') : from.format('YYYY年M月D日');
  const title = officer ? `${who} 社区工作记录（${when}）` : `${who} 社区警务工作台账（${when}）`;

  const exportExcel = async () => {
    download(await workbook(title, sections), `${title}.xlsx`);
    message.success('已导出 Excel');
  };

  return (
    <Card
      title="工作记录与台账"
      extra={
        <Space wrap>
          <Button onClick={exportExcel} disabled={!data} data-testid="ledger-excel">
            导出 Excel
          </Button>
          <Button onClick={() => window.print()} disabled={!data}>
            打印 / PDF
          </Button>
        </Space>
      }
    >
      <style>{PRINT_CSS}</style>
      <ErrorNotice error={choices.error ?? error} />
      <Space wrap style={{ marginBottom: 16 }}>
        {!ownOnly && (
          <Select
            style={{ width: 180 }}
            value={station?.id}
            onChange={(v) => {
              setStationId(v);
              setOfficerId(undefined);
            }}
            options={stations.map((s) => ({ value: s.id, label: s.name }))}
            aria-label="派出所"
          />
        )}
        {!ownOnly && (
          <Select
            style={{ width: 180 }}
            allowClear
            placeholder="全所（台账）"
            value={officerId}
            onChange={setOfficerId}
            options={(station?.officers ?? []).map((o) => ({ value: o.id, label: o.name }))}
            aria-label="民警"
            data-testid="ledger-officer"
          />
        )}
        <Segmented
          value={unit}
          onChange={(v) => setUnit(v as typeof unit)}
          options={[
            { value: 'month', label: '按月' },
            { value: 'date', label: '按日' },
          ]}
        />
        <DatePicker picker={unit} value={at} onChange={(d) => d && setAt(d)} allowClear={false} aria-label="期间" />
      </Space>
      {sections.some((s) => s.truncated) && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="记录超过 5000 条，只列出前 5000 条：请按民警或按日查看" />
      )}
      {summary && (
        <Card
          size="small"
          title={`每周通报 ${summary.week}（推送：送达 ${summary.pushesAdmitted}，被拒 ${summary.pushesRefused}）`}
          style={{ marginBottom: 16 }}
          data-testid="weekly-summary"
        >
          <Table
            size="small"
            rowKey="officerId"
            pagination={false}
            dataSource={summary.lines}
            locale={{ emptyText: '上周无任务' }}
            columns={[
              { title: '民警', dataIndex: 'name' },
              { title: '收到', dataIndex: 'issued' },
              { title: '完成', dataIndex: 'done' },
              { title: '其中逾期完成', dataIndex: 'doneLate' },
              { title: '逾期未完成', dataIndex: 'openOverdue', render: (n: number) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : 0) },
            ]}
          />
        </Card>
      )}
      <Tabs
        data-testid="ledger-tabs"
        items={sections.map((s) => ({
          key: s.key,
          label: `${s.title} ${s.rows.length}`,
          children: (
            <Table
              size="small"
              loading={loading}
              rowKey={(r) => r[0]!}
              dataSource={s.rows}
              pagination={{ pageSize: 20 }}
              scroll={{ x: 900 }}
              columns={s.columns.map((c, i) => ({ title: c.title, render: (_: unknown, r: string[]) => r[i] }))}
            />
          ),
        }))}
      />
      {data && <PrintedLedger title={title} sections={sections} maker={me?.displayName ?? ''} />}
    </Card>
  );
}
