import { Button, Card, Dialog, ErrorBlock, Input, List, NoticeBar, Space, Tag, Toast } from 'antd-mobile';
import { useRef } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { client } from '../apollo';
import { useDayQuery } from '../day-query';
import { RESIDENT_CARD } from '../operations';
import { enqueue } from '../outbox';
import { label, shortTime } from '../labels';

/**
 * The resident card at the door: who lives with them, what they are listed for, when they were
 * last seen, their open disputes and the officer on duty. Read from the gateway under the
 * officer's own access (masked, audited), and kept for the day for a second look offline.
 */
export function ResidentPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, fromDevice, failed } = useDayQuery(RESIDENT_CARD, `resident:${id}`, { id });
  const phone = useRef('');
  if (failed) return <ErrorBlock status="disconnected" title="查看人员信息需要联网" description="" />;
  const r = data?.resident;
  if (!data) return null;
  if (!r) return <ErrorBlock status="empty" title="该人员不存在或不在您的辖区" description="" />;
  const record = (kind: string) => navigate(`/record?${new URLSearchParams({ subjectType: 'resident', subjectId: r.id, kind, name: r.name })}`);
  const editPhone = async () => {
    phone.current = r.phone ?? '';
    const ok = await Dialog.confirm({
      title: '修改联系电话',
      content: <Input defaultValue={r.phone ?? ''} onChange={(v) => (phone.current = v)} placeholder="11 位手机号" data-testid="phone-input" />,
    });
    if (!ok) return;
    const key = crypto.randomUUID();
    await enqueue(client, {
      key,
      kind: 'contact',
      label: `修改电话 · ${r.name}`,
      subjectId: r.id,
      variables: { input: { id: r.id, version: r.version, phone: phone.current.trim() || null } },
    });
    Toast.show({ content: '已保存' });
  };
  const openDisputes = (r.disputes ?? []).filter((d) => d.status !== 'resolved');
  return (
    <>
      {fromDevice && <NoticeBar content="离线：显示今天早些时候查看时的信息" color="alert" />}
      <Card title={r.name} extra={r.masked ? <Tag>已脱敏</Tag> : null}>
        <Space direction="vertical" block>
          <div>
            {label('Sex', r.sex)} · {r.birthDate ?? '—'} · {label('ResidentKind', r.kind)}
          </div>
          <div>证件 {r.idNumber}</div>
          <div>
            电话 {r.phone ?? '—'}{' '}
            <a onClick={() => void editPhone()} data-testid="edit-phone">
              修改
            </a>
          </div>
          <div>住址 {r.address?.fullText ?? '—'}</div>
          <div>
            {r.community.name} · 值班民警 {r.community.dutyOfficer ? `${r.community.dutyOfficer.officer.name} ${r.community.dutyOfficer.phone ?? ''}` : '—'}
          </div>
          {r.focus.length > 0 && (
            <div>
              {r.focus.map((f) => (
                <Tag key={f.id} color="warning" style={{ marginRight: 4 }}>
                  {f.category.name}
                </Tag>
              ))}
            </div>
          )}
        </Space>
      </Card>
      <div className="actions two">
        <Button color="primary" onClick={() => record('visit')}>
          走访
        </Button>
        <Button color="primary" fill="outline" onClick={() => record('verification')}>
          核查
        </Button>
      </div>
      {r.household && (
        <List header={`同户（户号 ${r.household.householdNo}）`}>
          {r.household.members.map((m, i) => (
            <List.Item
              key={m.resident?.id ?? i}
              description={label('HouseholdRelation', m.relation)}
              onClick={m.resident ? () => navigate(`/resident/${m.resident!.id}`) : undefined}
            >
              {m.resident?.name ?? '—'}
            </List.Item>
          ))}
        </List>
      )}
      <List header="最近走访">
        {r.visits.slice(0, 5).map((v) => (
          <List.Item
            key={v.id}
            description={`${v.officerName} · ${label('VisitOutcome', v.outcome)}${v.photos.length ? ` · 照片 ${v.photos.length}` : ''}`}
            extra={shortTime(v.at)}
          >
            {label('VisitKind', v.kind)}
          </List.Item>
        ))}
        {!r.visits.length && <List.Item>没有走访记录</List.Item>}
      </List>
      <List header="未化解纠纷">
        {openDisputes.map((d) => (
          <List.Item key={d.id} extra={label('DisputeStatus', d.status)}>
            {d.title}
          </List.Item>
        ))}
        {!openDisputes.length && <List.Item>没有</List.Item>}
      </List>
    </>
  );
}
