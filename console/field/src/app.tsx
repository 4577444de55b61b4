import { Badge, NavBar, SafeArea, TabBar } from 'antd-mobile';
import { EnvironmentOutline, SearchOutline, UnorderedListOutline, UploadOutline } from 'antd-mobile-icons';
import { useEffect, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { session } from '@cp/web-client';
import { client } from './apollo';
import { keepSending, useOutbox } from './outbox';
import { LoginPage } from './pages/login.page';
import { TodayPage, useInboxCount } from './pages/today.page';
import { FindPage } from './pages/find.page';
import { ResidentPage } from './pages/resident.page';
import { RecordPage } from './pages/record.page';
import { RegisterPage } from './pages/register.page';
import { RegisterHousingPage } from './pages/register-housing.page';
import { CommunityPage } from './pages/community.page';
import { OutboxPage } from './pages/outbox.page';
import { LeadPage } from './pages/lead.page';
import { ProgressPage } from './pages/progress.page';
import { logout } from './pages/logout';

const TABS = [
  // not '/': with the router's basename that is '/m', outside the service worker's scope '/m/'
  { key: '/today', title: '今日任务', icon: <UnorderedListOutline /> },
  { key: '/find', title: '找人找房', icon: <SearchOutline /> },
  { key: '/community', title: '我的社区', icon: <EnvironmentOutline /> },
  { key: '/outbox', title: '待发送', icon: <UploadOutline /> },
];

/** The pages below the tabs, by their first path segment. */
const TITLES: Record<string, string> = {
  resident: '人员信息',
  record: '走访与核查',
  register: '登记实有人口',
  'register-housing': '登记实有房屋',
  lead: '矛盾上报',
  progress: '纠纷进展',
};

/** The phone's frame: a title bar, the page, and the tab bar with what waits on each tab. */
function Frame({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const waiting = useOutbox().length;
  const open = useInboxCount();
  const top = TABS.find((t) => t.key === pathname);
  useEffect(() => keepSending(client), []);
  return (
    <div className="frame">
      <NavBar
        back={top ? null : '返回'}
        onBack={() => navigate(-1)}
        right={
          <a className="logout" onClick={() => void logout()}>
            退出
          </a>
        }
      >
        {top?.title ?? TITLES[pathname.split('/')[1]] ?? '社区警务'}
      </NavBar>
      <main className="page">{children}</main>
      <TabBar activeKey={top?.key ?? null} onChange={(key) => navigate(key)} safeArea>
        {TABS.map((t) => (
          <TabBar.Item
            key={t.key}
            title={t.title}
            icon={
              t.key === '/today' ? (
                <Badge content={open || null}>{t.icon}</Badge>
              ) : t.key === '/outbox' ? (
                <Badge content={waiting || null}>{t.icon}</Badge>
              ) : (
                t.icon
              )
            }
          />
        ))}
      </TabBar>
      <SafeArea position="bottom" />
    </div>
  );
}

export function App() {
  if (!session.token()) {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="*" element={<Navigate to="/login" replace />} />
      </Routes>
    );
  }
  return (
    <Frame>
      <Routes>
        <Route path="/today" element={<TodayPage />} />
        <Route path="/find" element={<FindPage />} />
        <Route path="/resident/:id" element={<ResidentPage />} />
        <Route path="/record" element={<RecordPage />} />
        <Route path="/register" element={<RegisterPage />} />
        <Route path="/register-housing" element={<RegisterHousingPage />} />
        <Route path="/community" element={<CommunityPage />} />
        <Route path="/outbox" element={<OutboxPage />} />
        <Route path="/lead" element={<LeadPage />} />
        <Route path="/progress" element={<ProgressPage />} />
        <Route path="*" element={<Navigate to="/today" replace />} />
      </Routes>
    </Frame>
  );
}
