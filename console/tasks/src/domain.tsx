import { BookOutlined, InboxOutlined, SendOutlined, SafetyOutlined } from '@ant-design/icons';
import { defineDomain } from '@cp/ui';
import { lazy } from 'react';

/** The tasks domain: each officer's inbox, tasks directed by the station, the district's admission gate for departments' pushes. The shell mounts it under /tasks/* and builds its menu from here. */
export default defineDomain({
  title: '任务',
  Routes: lazy(() => import('./routes')),
  menu: [
    { key: '/tasks/inbox', label: '任务收件箱', icon: <InboxOutlined />, roles: ['community_officer', 'station_head'] },
    { key: '/tasks/issue', label: '下达任务', icon: <SendOutlined />, roles: ['station_head', 'district_admin', 'community_officer'] },
    { key: '/tasks/ledger', label: '工作记录与台账', icon: <BookOutlined />, roles: ['community_officer', 'station_head', 'district_admin'] },
    { key: '/tasks/admissions', label: '任务准入', icon: <SafetyOutlined />, roles: ['district_admin', 'station_head'] },
  ],
  // the bell: every page shows what is open and hears of new tasks and the morning list
  header: { Widget: lazy(() => import('./features/inbox/inbox-badge').then((m) => ({ default: m.InboxBadge }))), roles: ['community_officer', 'station_head'] },
});
