import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { ENUM_LABELS, ErrorNotice, formatDateTime } from '@cp/ui';
import { Alert, App, Button, Card, Descriptions, Form, Progress, Radio, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { ImportKind, ImportReportQuery } from '../../gql/graphql';
import { mapColumns, templateCsv, toImportRows, type ColumnMapping, type ImportRowCells } from './import-columns';
import { readSpreadsheet } from './import-file';
import { ADD_HOUSING_ROWS, ADD_RESIDENT_ROWS, COMMIT_IMPORT, IMPORT_PLACES, IMPORT_REPORT, START_IMPORT } from './import.operations';

/** Rows per request: small enough that the bar moves, large enough to be quick (the server takes up to 500). */
const BATCH = 200;
const ROW_STATUS: Record<string, [string, string]> = {
  accepted: ['通过', 'green'],
  refused: ['拒绝', 'red'],
  written: ['已写入', 'blue'],
  skipped: ['已在库中，跳过', 'default'],
};

type Job = NonNullable<ImportReportQuery['importJob']>;
type ReportRow = Job['rows'][number];

interface Parsed {
  fileName: string;
  mapping: ColumnMapping;
  rows: ImportRowCells[];
}

const download = (name: string, text: string) => {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
};
const csvCell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/**
 * 批量导入: an officer picks a file (Excel or CSV), the rows are checked on the server batch by
 * batch with a progress bar, the refused rows are listed with their reasons (and the whole
 * report can be downloaded), and only a file whose every row passed is written, in one go.
 */
export function ImportPage() {
  const { message } = App.useApp();
  const client = useApolloClient();
  const places = useQuery(IMPORT_PLACES);
  const [start] = useMutation(START_IMPORT);
  const [addResidents] = useMutation(ADD_RESIDENT_ROWS);
  const [addHousing] = useMutation(ADD_HOUSING_ROWS);
  const [commit, committing] = useMutation(COMMIT_IMPORT);
  const [kind, setKind] = useState<ImportKind>('residents');
  const [communityId, setCommunityId] = useState<string>();
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [job, setJob] = useState<Omit<Job, 'rows'> | null>(null);
  const [refusedRows, setRefusedRows] = useState<ReportRow[]>([]);

  const communities = places.data?.myCommunities ?? [];

  const pick = async (file: File) => {
    setJob(null);
    setRefusedRows([]);
    setProblem(null);
    try {
      const sheet = await readSpreadsheet(file);
      const mapping = mapColumns(kind, sheet.headers);
      setParsed({ fileName: file.name, mapping, rows: toImportRows(mapping, sheet.rows) });
      if (mapping.missing.length) setProblem(`文件缺少必需的列：${mapping.missing.join('、')}（可下载模板对照）`);
      else if (!sheet.rows.length) setProblem('文件中没有数据行');
    } catch {
      setParsed(null);
      setProblem('无法读取该文件：请使用 .xlsx 或 UTF-8 编码的 .csv 文件');
    }
    return false; // read here; nothing is uploaded as a file
  };

  const loadReport = async (jobId: string) => {
    const { data } = await client.query({ query: IMPORT_REPORT, variables: { id: jobId, status: 'refused', first: 1000 }, fetchPolicy: 'network-only' });
    if (data?.importJob) setRefusedRows(data.importJob.rows);
  };

  const check = async () => {
    if (!parsed || !communityId) return;
    setChecking(true);
    setRefusedRows([]);
    try {
      const started = (await start({ variables: { input: { kind, communityId, fileName: parsed.fileName, totalRows: parsed.rows.length } } })).data
        ?.startImport;
      if (!started?.job) return void setProblem(started?.errors.map((e) => e.message).join('；') ?? '无法开始导入');
      const jobId = started.job.id;
      for (let i = 0; i < parsed.rows.length; i += BATCH) {
        const rows = parsed.rows.slice(i, i + BATCH);
        const result =
          kind === 'residents'
            ? (await addResidents({ variables: { jobId, rows } })).data?.addResidentImportRows
            : (await addHousing({ variables: { jobId, rows } })).data?.addHousingImportRows;
        if (!result?.job) return void setProblem(result?.errors.map((e) => e.message).join('；') ?? '上传失败');
        setJob(result.job);
      }
      await loadReport(jobId);
    } finally {
      setChecking(false);
    }
  };

  const write = async () => {
    if (!job) return;
    const result = (await commit({ variables: { jobId: job.id } })).data?.commitImport;
    if (!result?.job) return void message.error(result?.errors.map((e) => e.message).join('；') ?? '写入失败');
    setJob(result.job);
    message.success(`已写入 ${result.job.written} 行${result.job.skipped ? `，${result.job.skipped} 行已在库中未重复写入` : ''}`);
    void places.refetch();
  };

  const downloadReport = async () => {
    if (!job) return;
    const { data } = await client.query({ query: IMPORT_REPORT, variables: { id: job.id, first: 1000 }, fetchPolicy: 'network-only' });
    const rows = data?.importJob?.rows ?? [];
    const lines = rows.map((r) =>
      [r.rowNo, r.label, ROW_STATUS[r.status]?.[0] ?? r.status, r.errors.map((e) => `${e.message}（${e.code}）`).join('；')].map(csvCell).join(','),
    );
    download(`导入结果-${parsed?.fileName ?? job.id}.csv`, `\uFEFF行号,对象,结果,原因\n${lines.join('\n')}\n`);
  };

  const percent = job ? Math.round((job.received / job.totalRows) * 100) : 0;
  const canWrite = !!job && job.status === 'open' && job.received === job.totalRows && job.refused === 0 && job.accepted + job.skipped > 0;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title="批量导入"
        extra={
          <Button onClick={() => download(`${ENUM_LABELS.ImportKind[kind]}导入模板.csv`, templateCsv(kind))} data-testid="import-template">
            下载{ENUM_LABELS.ImportKind[kind]}模板
          </Button>
        }
      >
        <ErrorNotice error={places.error} />
        <Form layout="vertical" style={{ maxWidth: 640 }}>
          <Form.Item label="导入内容">
            <Radio.Group
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as ImportKind);
                setParsed(null);
                setJob(null);
                setProblem(null);
              }}
              options={Object.entries(ENUM_LABELS.ImportKind).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item label="导入到社区（地址须属于该社区）" htmlFor="import-community">
            <Select
              id="import-community"
              showSearch
              optionFilterProp="label"
              value={communityId}
              onChange={setCommunityId}
              loading={places.loading}
              options={communities.map((c) => ({ value: c.id, label: `${c.name}（${c.station.name}）` }))}
            />
          </Form.Item>
          <Form.Item label="文件（.xlsx 或 .csv，第一行为表头）">
            <Upload accept=".xlsx,.csv" maxCount={1} beforeUpload={pick} showUploadList={false}>
              <Button>选择文件</Button>
            </Upload>
            {parsed && (
              <Typography.Paragraph style={{ marginTop: 8 }} data-testid="import-file">
                {`${parsed.fileName}：${parsed.rows.length} 行`}
                {parsed.mapping.ignored.length > 0 && (
                  <Typography.Text type="secondary">{`（未识别的列将忽略：${parsed.mapping.ignored.join('、')}）`}</Typography.Text>
                )}
              </Typography.Paragraph>
            )}
          </Form.Item>
          {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
          <Space>
            <Button type="primary" onClick={check} loading={checking} disabled={!parsed || !communityId || !!problem || parsed.mapping.missing.length > 0}>
              开始校验
            </Button>
            <Button type="primary" onClick={write} loading={committing.loading} disabled={!canWrite}>
              确认写入
            </Button>
          </Space>
        </Form>
        {job && (
          <div style={{ marginTop: 24 }} data-testid="import-progress">
            <Progress percent={percent} status={job.refused ? 'exception' : job.status === 'committed' ? 'success' : 'active'} />
            <Descriptions size="small" column={6} style={{ marginTop: 8 }}>
              <Descriptions.Item label="共">{job.totalRows}</Descriptions.Item>
              <Descriptions.Item label="已校验">{job.received}</Descriptions.Item>
              <Descriptions.Item label="通过">{job.accepted}</Descriptions.Item>
              <Descriptions.Item label="拒绝">{job.refused}</Descriptions.Item>
              <Descriptions.Item label="已在库中">{job.skipped}</Descriptions.Item>
              <Descriptions.Item label="已写入">{job.written}</Descriptions.Item>
            </Descriptions>
            {job.status === 'committed' && <Alert type="success" showIcon message={`已写入 ${job.written} 行，${job.skipped} 行已在库中未重复写入`} />}
            {job.refused > 0 && !checking && (
              <Alert
                type="warning"
                showIcon
                message={`有 ${job.refused} 行未通过校验，本次不会写入任何数据。请按下表修改文件后重新导入；已在库中的行不会重复写入。`}
              />
            )}
          </div>
        )}
      </Card>
      {job && refusedRows.length > 0 && (
        <Card title="未通过的行" extra={<Button onClick={downloadReport}>下载全部结果</Button>}>
          <Table<ReportRow>
            rowKey="rowNo"
            size="small"
            dataSource={refusedRows}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            data-testid="import-refused"
            columns={[
              { title: '行号', dataIndex: 'rowNo', width: 80 },
              { title: '对象', dataIndex: 'label' },
              { title: '原因', render: (_, r) => r.errors.map((e) => <div key={e.code + e.field}>{`${e.message}（${e.code}）`}</div>) },
            ]}
          />
        </Card>
      )}
      <Card title="最近导入">
        <Table
          rowKey="id"
          size="small"
          dataSource={places.data?.myImports ?? []}
          pagination={false}
          locale={{ emptyText: '暂无导入' }}
          columns={[
            { title: '时间', dataIndex: 'createdAt', render: formatDateTime },
            { title: '内容', dataIndex: 'kind', render: (k: ImportKind) => ENUM_LABELS.ImportKind[k] },
            { title: '社区', dataIndex: ['community', 'name'] },
            { title: '文件', dataIndex: 'fileName' },
            { title: '行数', dataIndex: 'totalRows' },
            {
              title: '结果',
              render: (_, j) =>
                j.status === 'committed' ? (
                  <Tag color="blue">{`写入 ${j.written}，跳过 ${j.skipped}`}</Tag>
                ) : (
                  <Tag>{j.refused ? `未写入（${j.refused} 行被拒绝）` : '未写入'}</Tag>
                ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
