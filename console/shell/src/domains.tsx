import {
  AlertOutlined,
  ApiOutlined,
  AuditOutlined,
  BellOutlined,
  CalendarOutlined,
  FieldTimeOutlined,
  IdcardOutlined,
  PieChartOutlined,
  CheckSquareOutlined,
  EnvironmentOutlined,
  ProjectOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  HomeOutlined,
  OrderedListOutlined,
  FormOutlined,
  SmileOutlined,
  SwapOutlined,
  UploadOutlined,
  ShopOutlined,
  TagsOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';

export interface Domain {
  /** Mounted at /<path>/*. */
  path: string;
  title: string;
  Routes: LazyExoticComponent<ComponentType>;
  /** Menu entries; `roles` limits an entry to users holding one of them. */
  menu: Array<{ key: string; label: string; icon: ReactNode; roles?: string[] }>;
}

/** The domains of the console: each one's routes come from its remote, loaded on first visit. */
export const DOMAINS: Domain[] = [
  {
    path: 'population',
    title: '实有人口',
    Routes: lazy(() => import('population/routes')),
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
  },
  {
    path: 'disputes',
    title: '矛盾纠纷',
    Routes: lazy(() => import('disputes/routes')),
    menu: [
      { key: '/disputes/worklist', label: '我的纠纷工作', icon: <CheckSquareOutlined /> },
      { key: '/disputes/ledger', label: '矛盾纠纷台账', icon: <AlertOutlined /> },
      { key: '/disputes/board', label: '纠纷状态看板', icon: <ProjectOutlined /> },
      { key: '/disputes/map', label: '矛盾风险地图', icon: <EnvironmentOutlined /> },
      { key: '/disputes/warnings', label: '预警与风险告知', icon: <BellOutlined /> },
    ],
  },
  {
    path: 'staffing',
    title: '警力勤务',
    Routes: lazy(() => import('staffing/routes')),
    menu: [
      { key: '/staffing/posts', label: '社区岗位', icon: <SafetyCertificateOutlined /> },
      { key: '/staffing/officers', label: '警员', icon: <IdcardOutlined /> },
      { key: '/staffing/roster', label: '排班日历', icon: <CalendarOutlined /> },
      { key: '/staffing/approvals', label: '四不准审批', icon: <AuditOutlined /> },
      { key: '/staffing/presence', label: '在社区时间', icon: <FieldTimeOutlined /> },
      { key: '/staffing/gaps', label: '警力缺口', icon: <PieChartOutlined /> },
      { key: '/staffing/partners', label: '合作平台', icon: <ApiOutlined />, roles: ['district_admin'] },
      { key: '/staffing/accounts', label: '用户与角色', icon: <UserSwitchOutlined />, roles: ['district_admin'] },
    ],
  },
  {
    path: 'performance',
    title: '考核',
    Routes: lazy(() => import('performance/routes')),
    menu: [
      { key: '/performance/rankings', label: '考核排名', icon: <OrderedListOutlined /> },
      { key: '/performance/indicators', label: '考核指标', icon: <TrophyOutlined /> },
      { key: '/performance/surveys', label: '满意度调查', icon: <SmileOutlined />, roles: ['district_admin', 'station_head', 'community_officer'] },
      { key: '/performance/manual', label: '人工指标', icon: <FormOutlined />, roles: ['district_admin', 'station_head'] },
      { key: '/performance/reverse', label: '逆考评', icon: <SwapOutlined />, roles: ['district_admin', 'station_head'] },
    ],
  },
];
