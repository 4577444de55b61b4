import { AlertOutlined, BankOutlined, BellOutlined, CheckSquareOutlined, EnvironmentOutlined, ProjectOutlined } from '@ant-design/icons';
import { defineDomain } from '@cp/ui';
import { lazy } from 'react';

/** The disputes domain: the ledger, the officer's dispute work, the board, the risk map and warnings. The shell mounts it under /disputes/* and builds its menu from here. */
export default defineDomain({
  title: '矛盾纠纷',
  Routes: lazy(() => import('./routes')),
  menu: [
    { key: '/disputes/worklist', label: '我的纠纷工作', icon: <CheckSquareOutlined /> },
    { key: '/disputes/ledger', label: '矛盾纠纷台账', icon: <AlertOutlined /> },
    { key: '/disputes/board', label: '纠纷状态看板', icon: <ProjectOutlined /> },
    { key: '/disputes/map', label: '矛盾风险地图', icon: <EnvironmentOutlined /> },
    { key: '/disputes/warnings', label: '预警与风险告知', icon: <BellOutlined /> },
    { key: '/disputes/receivers', label: '接收单位名录', icon: <BankOutlined />, roles: ['district_admin', 'station_head'] },
  ],
});
