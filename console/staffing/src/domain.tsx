import {
  ApiOutlined,
  AuditOutlined,
  CalendarOutlined,
  FieldTimeOutlined,
  IdcardOutlined,
  PieChartOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { defineDomain } from '@cp/ui';
import { lazy } from 'react';

/** The staffing domain: community posts, officers, the roster, 四不准 approvals, time in the community, partners and accounts. The shell mounts it under /staffing/* and builds its menu from here. */
export default defineDomain({
  title: '警力勤务',
  Routes: lazy(() => import('./routes')),
  menu: [
    { key: '/staffing/posts', label: '社区岗位', icon: <SafetyCertificateOutlined /> },
    { key: '/staffing/officers', label: '警员', icon: <IdcardOutlined /> },
    { key: '/staffing/roster', label: '排班日历', icon: <CalendarOutlined /> },
    { key: '/staffing/approvals', label: '四不准审批', icon: <AuditOutlined /> },
    { key: '/staffing/presence', label: '在社区时间', icon: <FieldTimeOutlined /> },
    { key: '/staffing/gaps', label: '警力缺口', icon: <PieChartOutlined /> },
    { key: '/staffing/rules', label: '分局设置', icon: <SettingOutlined />, roles: ['district_admin'] },
    { key: '/staffing/partners', label: '合作平台', icon: <ApiOutlined />, roles: ['district_admin'] },
    { key: '/staffing/accounts', label: '用户与角色', icon: <UserSwitchOutlined />, roles: ['district_admin'] },
  ],
});
