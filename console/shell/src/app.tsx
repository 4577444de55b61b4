import { Result, Spin } from 'antd';
import { Component, Suspense, use, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { domainsLoaded } from './domains';
import { Shell } from './layout';
import { LoginPage } from './login.page';
import { session } from '@cp/web-client';

/** Officers land on today's work (每日重点工作); everyone else on the people of their jurisdiction. Read when shown, after login. */
function Landing() {
  const officer = session.user()?.roles.some((r) => r === 'community_officer' || r === 'station_head');
  return <Navigate to={officer ? '/population/worklist' : '/population/residents'} replace />;
}

function RequireLogin({ children }: { children: ReactNode }) {
  return session.token() ? children : <Navigate to="/login" replace />;
}

/** A remote that fails to load breaks its own menu entry, not the console. */
class RemoteBoundary extends Component<{ title?: string; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? <Unavailable title={this.props.title} /> : this.props.children;
  }
}

const Unavailable = ({ title }: { title?: string }) => <Result status="warning" title={`${title ?? '该'}模块暂时无法加载`} subTitle="请稍后刷新重试" />;

/** The signed-in console: the shell around every domain the remotes declare, each at /<remote>/*. */
function Console() {
  const domains = use(domainsLoaded);
  return (
    <Shell domains={domains}>
      <Suspense fallback={<Spin style={{ margin: 48 }} />}>
        <Routes>
          <Route index element={<Landing />} />
          {domains.map(({ name, manifest }) => (
            <Route
              key={name}
              path={`${name}/*`}
              element={<RemoteBoundary title={manifest?.title}>{manifest ? <manifest.Routes /> : <Unavailable />}</RemoteBoundary>}
            />
          ))}
          <Route path="*" element={<Result status="404" title="页面不存在" />} />
        </Routes>
      </Suspense>
    </Shell>
  );
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        path="/*"
        element={
          <RequireLogin>
            <Suspense fallback={<Spin style={{ margin: 48 }} />}>
              <Console />
            </Suspense>
          </RequireLogin>
        }
      />
    </Routes>
  );
}
