import { BellOutlined } from '@ant-design/icons';
import { useQuery, useSubscription } from '@apollo/client/react';
import { App, Badge, Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import { INBOX_COUNT, TASK_EVENTS } from './inbox.operations';

/**
 * The inbox's bell in the console's header: what is open now, and new tasks and the 08:00 list
 * as they arrive (a subscription over SSE through the gateway), each announced once.
 */
export function InboxBadge() {
  const { notification } = App.useApp();
  const navigate = useNavigate();
  const { data, refetch } = useQuery(INBOX_COUNT, { fetchPolicy: 'cache-and-network' });
  useSubscription(TASK_EVENTS, {
    onData: ({ data: event }) => {
      const e = event.data?.taskEvents;
      if (!e) return;
      void refetch();
      const open = () => navigate('/tasks/inbox');
      if (e.task) notification.info({ key: e.task.id, message: '新任务', description: `${e.task.issuerName}：${e.task.title}`, onClick: open });
      if (e.daily) {
        notification.info({
          key: `daily-${e.daily.day}`,
          message: `每日提醒 ${e.daily.day}`,
          description: `今日待办 ${e.daily.open} 项（规定 ${e.daily.standing}、指令 ${e.daily.directed}、推送 ${e.daily.pushed}），其中逾期 ${e.daily.overdue} 项`,
          onClick: open,
        });
      }
      if (e.weekly) {
        const sum = (k: 'issued' | 'done' | 'openOverdue') => e.weekly!.lines.reduce((n, l) => n + l[k], 0);
        notification.info({
          key: `weekly-${e.weekly.stationId}-${e.weekly.week}`,
          message: `每周通报 ${e.weekly.week}`,
          description: `上周本所收到任务 ${sum('issued')} 项，完成 ${sum('done')} 项，逾期未完成 ${sum('openOverdue')} 项`,
          onClick: () => navigate('/tasks/ledger'),
        });
      }
    },
  });
  const inbox = data?.taskInbox;
  return (
    <Badge count={inbox?.open ?? 0} overflowCount={99} color={inbox?.overdue ? '#cf1322' : undefined}>
      <Button type="text" icon={<BellOutlined />} aria-label="任务收件箱" data-testid="inbox-badge" onClick={() => navigate('/tasks/inbox')} />
    </Badge>
  );
}
