import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { graphql } from './gql';
import { session } from '@cp/web-client';

const LOGIN = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      user {
        displayName
        roles
      }
      errors {
        code
        message
      }
    }
  }
`);

export function LoginPage() {
  const navigate = useNavigate();
  const [login, { data, loading, error }] = useMutation(LOGIN);
  const refused = data?.login.errors[0]?.message ?? (error ? '无法连接服务，请稍后重试' : null);
  const submit = async (values: { username: string; password: string }) => {
    const result = await login({ variables: values });
    const payload = result.data?.login;
    if (payload?.token && payload.user) {
      session.save(payload.token, payload.user);
      navigate('/', { replace: true });
    }
  };
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ textAlign: 'center' }}>
          社区警务平台
        </Typography.Title>
        {refused && <Alert type="error" showIcon message={refused} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={loading}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
