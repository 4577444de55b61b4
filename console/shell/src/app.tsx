import { Result, Spin } from 'antd';
import { Component, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { DOMAINS } from './domains';
import { Shell } from './layout';
import { LoginPage } from './login.page';
import { session } from './session';

/** Officers land on today's work (每日重点工作); everyone else on the people of their jurisdiction. Read when shown, after login. */
function Landing() {
  const officer = session.user()?.roles.some((r) => r === 'community_officer' || r === 'station_head');
  return <Navigate to={officer ? '/population/worklist' : '/population/residents'} replace />;
}

function RequireLogin({ children }: { children: ReactNode }) {
  return session.token() ? children : <Navigate to="/login" replace />;
}

/** A remote that fails to load breaks its own menu entry, not the console. */
class RemoteBoundary extends Component<{ name: string; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? <Result status="warning" title={`${this.props.name}模块暂时无法加载`} subTitle="请稍后刷新重试" /> : this.props.children;
  }
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        path="/*"
        element={
          <RequireLogin>
            <Shell>
              <Suspense fallback={<Spin style={{ margin: 48 }} />}>
                <Routes>
                  <Route index element={<Landing />} />
                  {DOMAINS.map(({ path, title, Routes: DomainRoutes }) => (
                    <Route
                      key={path}
                      path={`${path}/*`}
                      element={
                        <RemoteBoundary name={title}>
                          <DomainRoutes />
                        </RemoteBoundary>
                      }
                    />
                  ))}
                  <Route path="*" element={<Result status="404" title="页面不存在" />} />
                </Routes>
              </Suspense>
            </Shell>
          </RequireLogin>
        }
      />
    </Routes>
  );
}
