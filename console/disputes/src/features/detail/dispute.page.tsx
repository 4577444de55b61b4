import { useQuery } from '@apollo/client/react';
import { DISPUTE_CATEGORY_LABELS, ENUM_LABELS, ENUM_NOTES, ErrorNotice, formatDateTime } from '@cp/ui';
import { Alert, Button, Card, Col, Descriptions, Empty, List, Progress, Result, Row, Skeleton, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { BAND_COLORS } from '../../labels';
import { ActionModal, COMMAND_LABELS, type DisputeCommand } from './action-modal';
import { DISPUTE_DETAIL, type DisputeDetail } from './detail.operations';

type Event = DisputeDetail['history'][number];
type Link_ = DisputeDetail['repeatOf'][number];

function eventTitle(e: Event): string {
  if (e.kind === 'transition' && e.action) {
    const step = `${ENUM_LABELS.DisputeAction[e.action]}：${ENUM_LABELS.DisputeStatus[e.fromStatus ?? ''] ?? ''} → ${ENUM_LABELS.DisputeStatus[e.toStatus ?? ''] ?? ''}`;
    // an assessment that raised the grade (分级处置 follows the risk level) says so
    const grade = e.details ? (JSON.parse(e.details) as { grade?: { label: string } }).grade : undefined;
    return grade ? `${step}（处置级别 ${grade.label}）` : step;
  }
  if (e.kind === 'grade_changed' && e.details) return `调整处置级别：${(JSON.parse(e.details) as { label: string }).label}`;
  return ENUM_LABELS.DisputeEventKind[e.kind] ?? e.kind;
}

/** 纠纷详情: who, where, how risky and why, what can be done now, and everything that happened. */
export function DisputePage() {
  const { id } = useParams();
  const { data, loading, error, refetch } = useQuery(DISPUTE_DETAIL, { variables: { id: id! } });
  const [command, setCommand] = useState<DisputeCommand | null>(null);
  if (loading && !data) return <Skeleton active />;
  const d = data?.dispute;
  if (!d) return error ? <ErrorNotice error={error} /> : <Result status="404" title="未找到该纠纷" extra={<Link to="/disputes/ledger">返回台账</Link>} />;

  const open = ['registered', 'assessed', 'in_mediation'].includes(d.status);
  const openTransfer = d.transfers.find((t) => !t.outcome);
  const commands: DisputeCommand[] = [
    ...(d.availableActions as DisputeCommand[]),
    ...(open ? (['progress', 'change_grade'] as const) : []),
    ...(openTransfer && !openTransfer.receivedAt ? (['receipt'] as const) : []),
    'notice',
  ];
  const links = (title: string, list: Link_[]) =>
    list.length > 0 && (
      <List
        size="small"
        header={title}
        dataSource={list}
        renderItem={(l) => (
          <List.Item>
            <Link to={`/disputes/d/${l.dispute.id}`}>{l.dispute.title}</Link>
            <span>
              {l.reasons.map((r) => (
                <Tag key={r}>{ENUM_LABELS.RepeatReason[r]}</Tag>
              ))}
              {formatDateTime(l.dispute.reportedAt)} · {ENUM_LABELS.DisputeStatus[l.dispute.status]}
            </span>
          </List.Item>
        )}
      />
    );

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <ErrorNotice error={error} />
      <Card
        title={
          <Space>
            <span data-testid="dispute-title">{d.title}</span>
            <Tag color="blue" data-testid="dispute-status">
              {ENUM_LABELS.DisputeStatus[d.status]}
            </Tag>
            <Tag data-testid="dispute-grade">{ENUM_LABELS.DisputeGrade[d.grade]}</Tag>
            {d.isRepeat && <Tag color="volcano">重复报警</Tag>}
          </Space>
        }
        extra={<Link to="/disputes/ledger">返回台账</Link>}
      >
        <Space wrap style={{ marginBottom: 16 }} data-testid="dispute-actions">
          {commands.map((c) => (
            <Button key={c} type={d.availableActions.includes(c as never) ? 'primary' : 'default'} onClick={() => setCommand(c)}>
              {COMMAND_LABELS[c]}
            </Button>
          ))}
        </Space>
        {d.progressOverdue && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            message={`每周化解进展已逾期（应于 ${formatDateTime(d.progressDueAt ?? d.reportedAt)} 前报告）`}
          />
        )}
        <Descriptions column={3} bordered size="small">
          <Descriptions.Item label="类别">{DISPUTE_CATEGORY_LABELS[d.category] ?? d.category}</Descriptions.Item>
          <Descriptions.Item label="来源">{ENUM_LABELS.DisputeSource[d.source]}</Descriptions.Item>
          <Descriptions.Item label="风险等级">{ENUM_LABELS.RiskLevel[d.riskLevel]}</Descriptions.Item>
          <Descriptions.Item label="社区">
            {d.community?.name}（{d.community?.station.name}）
          </Descriptions.Item>
          <Descriptions.Item label="警格">{d.grid?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="地址">{d.addressText ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="当事人" span={3}>
            {d.parties.map((p) =>
              p.resident ? (
                <Link key={p.name + p.resident.id} to={`/population/residents/${p.resident.id}`} style={{ marginRight: 8 }}>
                  {p.name}
                </Link>
              ) : (
                <span key={p.name} style={{ marginRight: 8 }}>
                  {p.name}
                </span>
              ),
            )}
          </Descriptions.Item>
          <Descriptions.Item label="处置人" span={2}>
            <span data-testid="dispute-handler">{d.handler ? `${d.handler.name}（警号 ${d.handler.badgeNo}）` : '—'}</span> · {ENUM_NOTES.DisputeGrade[d.grade]}
          </Descriptions.Item>
          <Descriptions.Item label="跟进民警">{d.assignedOfficer?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="登记时间">{formatDateTime(d.reportedAt)}</Descriptions.Item>
          <Descriptions.Item label="下次进展">{d.progressDueAt ? formatDateTime(d.progressDueAt) : '—'}</Descriptions.Item>
          <Descriptions.Item label="办结">
            {d.closedAt ? `${formatDateTime(d.closedAt)} ${d.resolution ? ENUM_LABELS.Resolution[d.resolution] : ''}` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="简要情况" span={3}>
            {d.description ?? '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <Row gutter={16}>
        <Col span={8}>
          <Card title="民转刑风险评分" data-testid="dispute-risk">
            <Space direction="vertical" style={{ width: '100%' }}>
              <Progress type="dashboard" percent={d.risk.score} format={(p) => `${p}`} strokeColor={BAND_COLORS[d.risk.band]} />
              <Typography.Text strong>风险档位：{ENUM_LABELS.RiskBand[d.risk.band]}</Typography.Text>
              <Table
                size="small"
                pagination={false}
                rowKey="code"
                dataSource={d.risk.reasons}
                columns={[
                  { title: '依据', dataIndex: 'label' },
                  { title: '分值', dataIndex: 'points', render: (p: number) => `+${p}` },
                ]}
              />
            </Space>
          </Card>
        </Col>
        <Col span={16}>
          <Card title="处置记录" data-testid="dispute-timeline">
            <Timeline
              items={d.history.map((e) => ({
                color: e.kind === 'transition' ? 'blue' : e.kind === 'repeat_linked' ? 'red' : 'gray',
                children: (
                  <div>
                    <Typography.Text strong>{eventTitle(e)}</Typography.Text>
                    <div>
                      <Typography.Text type="secondary">
                        {formatDateTime(e.at)} · {e.actorName}
                      </Typography.Text>
                    </div>
                    {e.note && <div>{e.note}</div>}
                    {e.attachments.map((a) => (
                      <Tag key={a.name}>
                        📎 {a.name}（{Math.ceil(a.size / 1024)} KB）
                      </Tag>
                    ))}
                  </div>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>

      <Row gutter={16}>
        <Col span={12}>
          <Card title="三调联动移交">
            {d.transfers.length === 0 ? (
              <Empty description="未移交" />
            ) : (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={d.transfers}
                columns={[
                  { title: '接收方', render: (_, t) => `${ENUM_LABELS.TransferTarget[t.target]} · ${t.receiverName}` },
                  {
                    title: '期限',
                    dataIndex: 'dueAt',
                    render: (v: string, t) => <span style={{ color: t.overdue ? 'red' : undefined }}>{formatDateTime(v)}</span>,
                  },
                  { title: '签收', render: (_, t) => (t.receivedAt ? `${t.receivedBy} ${formatDateTime(t.receivedAt)}` : '未签收') },
                  {
                    title: '结果',
                    render: (_, t) =>
                      t.outcome ? `${t.outcome === 'resolved' ? '已化解' : '已退回'}：${t.outcomeNote}` : t.overdue ? <Tag color="red">逾期</Tag> : '待反馈',
                  },
                ]}
              />
            )}
          </Card>
        </Col>
        <Col span={12}>
          <Card title="预警与风险告知">
            <List
              size="small"
              dataSource={d.warnings}
              locale={{ emptyText: '无预警' }}
              renderItem={(w) => (
                <List.Item>
                  <Tag color={w.status === 'open' ? 'red' : 'default'}>{ENUM_LABELS.WarningKind[w.kind]}</Tag>
                  {w.message}
                  <span>{ENUM_LABELS.WarningStatus[w.status]}</span>
                </List.Item>
              )}
            />
            {d.riskNotices.map((n) => (
              <div key={n.id}>
                {n.kind === 'notice' ? '风险告知单' : '提示函'} → {n.department}（{formatDateTime(n.issuedAt)}）：
                {n.acknowledgedAt ? `${n.acknowledgedBy} 已签收` : '待签收'}
              </div>
            ))}
          </Card>
        </Col>
      </Row>
      {(d.repeatOf.length > 0 || d.repeatedBy.length > 0) && (
        <Card title="重复报警关联（一盯到底）">
          {links('本纠纷重复了', d.repeatOf)}
          {links('之后的重复报警', d.repeatedBy)}
        </Card>
      )}
      <ActionModal
        dispute={d}
        command={command}
        onDone={(changed) => {
          setCommand(null);
          if (changed) void refetch();
        }}
      />
    </Space>
  );
}
