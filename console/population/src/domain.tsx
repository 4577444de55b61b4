import { AuditOutlined, HomeOutlined, PieChartOutlined, ScheduleOutlined, ShopOutlined, TagsOutlined, TeamOutlined, UploadOutlined } from '@ant-design/icons';
import { defineDomain } from '@cp/ui';
import { lazy } from 'react';

/** The population domain: people, housing and units (一标三实), the officers' daily work, imports and data quality. The shell mounts it under /population/* and builds its menu from here. */
export default defineDomain({
  title: '实有人口',
  Routes: lazy(() => import('./routes')),
  menu: [
    { key: '/population/worklist', label: '今日工作', icon: <ScheduleOutlined />, roles: ['community_officer', 'station_head'] },
    { key: '/population/residents', label: '实有人口', icon: <TeamOutlined /> },
    { key: '/population/housing', label: '实有房屋', icon: <HomeOutlined /> },
    { key: '/population/units', label: '实有单位', icon: <ShopOutlined /> },
    { key: '/population/import', label: '批量导入', icon: <UploadOutlined />, roles: ['community_officer', 'station_head'] },
    { key: '/population/quality', label: '数据质量', icon: <PieChartOutlined /> },
    { key: '/population/categories', label: '重点对象类别', icon: <TagsOutlined />, roles: ['district_admin'] },
    { key: '/population/audit', label: '个人信息访问记录', icon: <AuditOutlined />, roles: ['district_admin'] },
  ],
});
