import { useQuery } from '@apollo/client/react';
import { Button, Card, ErrorBlock, List, NoticeBar, Tag } from 'antd-mobile';
import { useNavigate } from 'react-router-dom';
import { useDayQuery } from '../day-query';
import { INBOX } from '../operations';
import { useOutbox } from '../outbox';
import { label, shortTime, STANDING_ACTION } from '../labels';

/** The tab bar's count: what the last answer of the day's list said (no extra request). */
export function useInboxCount(): number {
  const { data } = useQuery(INBOX, { fetchPolicy: 'cache-only' });
  return data?.taskInbox.open ?? 0;
}

/** 今日任务: everything due today or overdue, overdue first, each a tap away from its record. */
export function TodayPage() {
  const navigate = useNavigate();
  const { data, fromDevice, failed } = useDayQuery(INBOX, 'inbox');
  // what the officer has already recorded, waiting to be sent: not offered twice
  const queued = new Set(useOutbox().map((e) => e.subjectId ?? (e.variables.input as { subjectId?: string } | undefined)?.subjectId));
  if (failed) return <ErrorBlock status="disconnected" title="无法连接服务" description="联网后再打开今日任务" />;
  if (!data) return null;
  const inbox = data.taskInbox;
  const standing = [...(inbox.standing ?? [])].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.localeCompare(b.dueAt));
  const directed = inbox.tasks.filter((t) => t.status !== 'done');
  return (
    <>
      {fromDevice && <NoticeBar content="离线：显示今天早些时候保存在手机上的任务" color="alert" />}
      {inbox.standing === null && <NoticeBar content="人口或纠纷服务暂不可用，规定任务暂未列出" color="alert" />}
      <Card className="counts">
        <div>
          <b data-testid="count-open">{inbox.open}</b>待办
        </div>
        <div>
          <b>{inbox.dueToday}</b>今日到期
        </div>
        <div className="overdue">
          <b>{inbox.overdue}</b>已逾期
        </div>
      </Card>
      <List header="规定任务">
        {standing.map((s) => {
          const action = STANDING_ACTION[s.kind];
          const subject = s.resident ?? s.unit;
          const done = queued.has(subject?.id ?? s.dispute?.id);
          const open = () => {
            if (s.dispute) {
              navigate(`/progress?${new URLSearchParams({ id: s.dispute.id, title: s.dispute.title, version: String(s.dispute.version) })}`);
            } else if (action?.kind && subject) {
              navigate(`/record?${new URLSearchParams({ subjectType: action.subject, subjectId: subject.id, kind: action.kind, name: subject.name })}`);
            }
          };
          return (
            <List.Item
              key={s.id}
              onClick={action?.kind && !done ? open : undefined}
              description={`${s.reason} · ${s.overdue ? '逾期' : '今日'} ${shortTime(s.dueAt)}`}
              extra={done ? <Tag color="primary">待发送</Tag> : s.overdue ? <Tag color="danger">逾期</Tag> : null}
              arrow={!!action?.kind && !done}
              data-testid="standing-task"
            >
              {label('StandingTaskKind', s.kind)} · {subject?.name ?? s.dispute?.title}
            </List.Item>
          );
        })}
        {!standing.length && <List.Item>今天没有到期的规定任务</List.Item>}
      </List>
      <List header="指令与推送">
        {directed.map((t) => (
          <List.Item key={t.id} description={`${t.issuerName} · 限 ${shortTime(t.dueAt)}`} extra={t.overdue ? <Tag color="danger">逾期</Tag> : null}>
            {t.title}
          </List.Item>
        ))}
        {!directed.length && <List.Item>没有待办的指令或推送任务</List.Item>}
      </List>
      <div className="actions">
        <Button block color="warning" fill="outline" onClick={() => navigate('/lead')}>
          上报矛盾纠纷线索
        </Button>
      </div>
    </>
  );
}
