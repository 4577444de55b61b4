import { useMutation } from '@apollo/client/react';
import { Button, ErrorBlock, Form, Input } from 'antd-mobile';
import { session } from '@cp/web-client';
import { clearDevice } from '../device';
import { LOGIN } from '../operations';

const OWNER = 'cp.field.owner';

export function LoginPage() {
  const [login, { data, loading, error }] = useMutation(LOGIN);
  const refused = data?.login.errors[0]?.message ?? (error ? '无法连接服务，请稍后重试' : null);
  const submit = async (values: { username: string; password: string }) => {
    const payload = (await login({ variables: values })).data?.login;
    if (!payload?.token || !payload.user) return;
    // another officer's queue and copies never survive a change of hands
    if (localStorage.getItem(OWNER) !== values.username) await clearDevice();
    localStorage.setItem(OWNER, values.username);
    session.save(payload.token, payload.user);
    window.location.assign('/m/today');
  };
  return (
    <div className="login">
      <h1>社区警务 · 移动端</h1>
      {refused && <ErrorBlock status="default" title={refused} description="" className="login-error" />}
      <Form
        layout="horizontal"
        onFinish={submit}
        footer={
          <Button block type="submit" color="primary" size="large" loading={loading}>
            登录
          </Button>
        }
      >
        <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
          <Input placeholder="用户名" autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
          <Input placeholder="密码" type="password" autoComplete="current-password" />
        </Form.Item>
      </Form>
    </div>
  );
}
