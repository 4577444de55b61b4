import { FormOutlined, OrderedListOutlined, SmileOutlined, SwapOutlined, TrophyOutlined } from '@ant-design/icons';
import { defineDomain } from '@cp/ui';
import { lazy } from 'react';

/** The performance domain: rankings, indicators, satisfaction surveys, manual values and the reverse evaluation. The shell mounts it under /performance/* and builds its menu from here. */
export default defineDomain({
  title: '考核',
  Routes: lazy(() => import('./routes')),
  menu: [
    { key: '/performance/rankings', label: '考核排名', icon: <OrderedListOutlined /> },
    { key: '/performance/indicators', label: '考核指标', icon: <TrophyOutlined /> },
    { key: '/performance/surveys', label: '满意度调查', icon: <SmileOutlined />, roles: ['district_admin', 'station_head', 'community_officer'] },
    { key: '/performance/manual', label: '人工指标', icon: <FormOutlined />, roles: ['district_admin', 'station_head'] },
    { key: '/performance/reverse', label: '逆考评', icon: <SwapOutlined />, roles: ['district_admin', 'station_head'] },
  ],
});
