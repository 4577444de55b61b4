import { useMutation, useQuery } from '@apollo/client/react';
import { appendPage, ENUM_LABELS, ErrorNotice, formatDateTime, labelOptions } from '@cp/ui';
import { App, Button, Card, Input, Select, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { DisputeWarningsQuery, RiskNoticesQuery, WarningKind, WarningStatus } from '../../gql/graphql';
import { ACKNOWLEDGE, ACKNOWLEDGE_NOTICE, CLOSE, NOTICES, WARNINGS } from './warnings.operations';

type Warning = DisputeWarningsQuery['disputeWarnings']['nodes'][number];
type Notice = RiskNoticesQuery['riskNotices'][number];

/** Asks for a short text in a modal; resolves with it, or null when cancelled. */
function useTextPrompt() {
  const { modal } = App.useApp();
  return (title: string, placeholder: string) =>
    new Promise<string | null>((resolve) => {
      let text = '';
      modal.confirm({
        title,
        content: <Input.TextArea rows={3} placeholder={placeholder} onChange={(e) => (text = e.target.value)} />,
        okText: '确定',
        cancelText: '取消',
        onOk: () => resolve(text.trim() || null),
        onCancel: () => resolve(null),
      });
    });
}

function WarningsTab() {
  const [status, setStatus] = useState<WarningStatus | null>('open' as WarningStatus);
  const [kind, setKind] = useState<WarningKind | null>(null);
  const { message } = App.useApp();
  const prompt = useTextPrompt();
  const { data, loading, error, fetchMore, refetch } = useQuery(WARNINGS, { variables: { status, kind, first: 50 } });
  const [acknowledge] = useMutation(ACKNOWLEDGE);
  const [close] = useMutation(CLOSE);
  const page = data?.disputeWarnings;
  const report = (errors: Array<{ message: string }> | undefined, done: string) => {
    if (errors?.length) message.error(errors[0].message);
    else message.success(done);
    void refetch();
  };
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Select
          allowClear
          value={status}
          placeholder="状态"
          style={{ width: 120 }}
          options={labelOptions(ENUM_LABELS.WarningStatus)}
          onChange={(v?: WarningStatus) => setStatus(v ?? null)}
        />
        <Select
          allowClear
          placeholder="类型"
          style={{ width: 140 }}
          options={labelOptions(ENUM_LABELS.WarningKind)}
          onChange={(v?: WarningKind) => setKind(v ?? null)}
        />
      </Space>
      <ErrorNotice error={error} />
      <Table<Warning>
        rowKey="id"
        loading={loading}
        dataSource={page?.nodes ?? []}
        pagination={false}
        data-testid="warnings-table"
        columns={[
          { title: '类型', dataIndex: 'kind', render: (k: string) => <Tag color="red">{ENUM_LABELS.WarningKind[k]}</Tag> },
          { title: '纠纷', render: (_, w) => w.dispute && <Link to={`/disputes/d/${w.dispute.id}`}>{w.dispute.title}</Link> },
          { title: '社区', render: (_, w) => w.dispute?.community?.name },
          { title: '内容', dataIndex: 'message' },
          { title: '产生时间', dataIndex: 'raisedAt', render: formatDateTime },
          {
            title: '状态',
            render: (_, w) => (
              <span>
                {ENUM_LABELS.WarningStatus[w.status]}
                {w.closingNote && `：${w.closingNote}（${w.closedBy}）`}
              </span>
            ),
          },
          {
            title: '操作',
            render: (_, w) => (
              <Space>
                {w.status === 'open' && (
                  <Button
                    size="small"
                    onClick={async () =>
                      report((await acknowledge({ variables: { id: w.id, version: w.version } })).data?.acknowledgeDisputeWarning.errors, '已签收')
                    }
                  >
                    签收
                  </Button>
                )}
                {w.status !== 'closed' && (
                  <Button
                    size="small"
                    onClick={async () => {
                      const note = await prompt('关闭预警', '写明处置情况');
                      if (note)
                        report((await close({ variables: { input: { id: w.id, version: w.version, note } } })).data?.closeDisputeWarning.errors, '已关闭');
                    }}
                  >
                    关闭
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {page?.pageInfo.hasNextPage && (
        <Button
          style={{ marginTop: 16 }}
          onClick={() => fetchMore({ variables: { after: page.pageInfo.endCursor }, updateQuery: appendPage('disputeWarnings') })}
        >
          加载更多
        </Button>
      )}
    </>
  );
}

function NoticesTab() {
  const [acknowledged, setAcknowledged] = useState<boolean | null>(false);
  const { data, loading, error, refetch } = useQuery(NOTICES, { variables: { acknowledged } });
  const [acknowledge] = useMutation(ACKNOWLEDGE_NOTICE);
  const { message } = App.useApp();
  const prompt = useTextPrompt();
  return (
    <>
      <Select
        value={acknowledged === null ? 'all' : acknowledged ? 'yes' : 'no'}
        style={{ width: 140, marginBottom: 16 }}
        onChange={(v: string) => setAcknowledged(v === 'all' ? null : v === 'yes')}
        options={[
          { value: 'no', label: '待签收' },
          { value: 'yes', label: '已签收' },
          { value: 'all', label: '全部' },
        ]}
      />
      <ErrorNotice error={error} />
      <Table<Notice>
        rowKey="id"
        loading={loading}
        dataSource={data?.riskNotices ?? []}
        columns={[
          { title: '文书', dataIndex: 'kind', render: (k: string) => (k === 'notice' ? '风险告知单' : '提示函') },
          { title: '接收部门', dataIndex: 'department' },
          { title: '纠纷', render: (_, n) => n.dispute && <Link to={`/disputes/d/${n.dispute.id}`}>{n.dispute.title}</Link> },
          { title: '内容', dataIndex: 'content' },
          { title: '发出', render: (_, n) => `${n.issuedBy} ${formatDateTime(n.issuedAt)}` },
          {
            title: '签收',
            render: (_, n) =>
              n.acknowledgedAt ? (
                `${n.acknowledgedBy} ${formatDateTime(n.acknowledgedAt)}`
              ) : (
                <Button
                  size="small"
                  onClick={async () => {
                    const by = await prompt('登记签收', '签收人（部门及姓名）');
                    if (!by) return;
                    const errors = (await acknowledge({ variables: { input: { id: n.id, version: n.version, acknowledgedBy: by } } })).data
                      ?.acknowledgeRiskNotice.errors;
                    if (errors?.length) message.error(errors[0].message);
                    void refetch();
                  }}
                >
                  登记签收
                </Button>
              ),
          },
        ]}
      />
    </>
  );
}

/** 预警收件箱: warnings raised by the rules, each acknowledged and closed by someone; and notices sent out. */
export function WarningsPage() {
  return (
    <Card title="预警与风险告知">
      <Tabs
        items={[
          { key: 'warnings', label: '预警', children: <WarningsTab /> },
          { key: 'notices', label: '风险告知单 / 提示函', children: <NoticesTab /> },
        ]}
      />
    </Card>
  );
}
