import { LogoutOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { graphql } from './gql';
import { apolloClient } from './apollo';
import { headerWidgetsFor, menuFor, type LoadedDomain } from './domains';
import { session } from '@cp/web-client';

const ROLE_NAMES: Record<string, string> = { district_admin: '分局管理员', station_head: '所长', community_officer: '社区民警' };

const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

/** Layout, user and logout around the pages; the menu is what the remotes' manifests declare. */
export function Shell({ domains, children }: { domains: LoadedDomain[]; children: ReactNode }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const user = session.user();
  const menu = menuFor(domains, user?.roles ?? []);
  const widgets = headerWidgetsFor(domains, user?.roles ?? []);
  const selected = menu.find((m) => pathname.startsWith(m.key))?.key;
  const logout = async () => {
    // end the session on the server too: the token is refused from now on, not just forgotten here
    await apolloClient.mutate({ mutation: LOGOUT }).catch(() => undefined);
    session.clear();
    await apolloClient.clearStore();
    navigate('/login');
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* on a phone the menu folds away behind its trigger, so the page has the whole width */}
      <Layout.Sider theme="dark" width={200} breakpoint="md" collapsedWidth={0}>
        <div style={{ color: '#fff', fontSize: 16, fontWeight: 600, padding: '18px 20px' }}>社区警务平台</div>
        <Menu theme="dark" mode="inline" selectedKeys={selected ? [selected] : []} items={menu} onClick={(e) => navigate(e.key)} />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', display: 'flex', justifyContent: 'flex-end', alignItems: 'center', paddingInline: 24 }}>
          <Space>
            {widgets.map(({ name, Widget }) => (
              <Suspense key={name} fallback={null}>
                <Widget />
              </Suspense>
            ))}
            <Typography.Text data-testid="current-user">{user?.displayName}</Typography.Text>
            <Typography.Text type="secondary">{user?.roles.map((r) => ROLE_NAMES[r] ?? r).join('、')}</Typography.Text>
            <Button icon={<LogoutOutlined />} type="text" onClick={logout}>
              退出
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
