import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, Space, Typography } from 'antd';
import { Suspense, useState, type ReactNode } from 'react';
import './narrow.css';
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
  // below 768 px the menu is a drawer behind a button, so the page keeps the whole width
  const narrow = Grid.useBreakpoint().md === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const menuList = (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      items={menu}
      onClick={(e) => {
        setDrawerOpen(false);
        navigate(e.key);
      }}
    />
  );
  const title = <div style={{ color: '#fff', fontSize: 16, fontWeight: 600, padding: '18px 20px' }}>社区警务平台</div>;
  const logout = async () => {
    // end the session on the server too: the token is refused from now on, not just forgotten here
    await apolloClient.mutate({ mutation: LOGOUT }).catch(() => undefined);
    session.clear();
    await apolloClient.clearStore();
    navigate('/login');
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {narrow ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          width={240}
          closable={false}
          styles={{ body: { padding: 0, background: '#001529' } }}
          data-testid="menu-drawer"
        >
          {title}
          {menuList}
        </Drawer>
      ) : (
        <Layout.Sider theme="dark" width={200}>
          {title}
          {menuList}
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: '#fff',
            display: 'flex',
            justifyContent: narrow ? 'space-between' : 'flex-end',
            alignItems: 'center',
            paddingInline: narrow ? 12 : 24,
          }}
        >
          {narrow && <Button icon={<MenuOutlined />} type="text" aria-label="菜单" onClick={() => setDrawerOpen(true)} data-testid="menu-button" />}
          <Space>
            {widgets.map(({ name, Widget }) => (
              <Suspense key={name} fallback={null}>
                <Widget />
              </Suspense>
            ))}
            <Typography.Text data-testid="current-user">{user?.displayName}</Typography.Text>
            {!narrow && <Typography.Text type="secondary">{user?.roles.map((r) => ROLE_NAMES[r] ?? r).join('、')}</Typography.Text>}
            <Button icon={<LogoutOutlined />} type="text" aria-label="退出" onClick={logout}>
              {narrow ? null : '退出'}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: narrow ? 12 : 24 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
