import { Alert } from 'antd';

/**
 * Shows a GraphQL or network error in Chinese: the server's coded messages are already
 * Chinese; anything else gets a generic line.
 */
export function ErrorNotice({ error }: { error?: { message: string } | null }) {
  if (!error) return null;
  const message = /[\u4e00-\u9fa5]/.test(error.message) ? error.message : '请求失败，请稍后重试';
  return <Alert type="error" showIcon message={message} style={{ marginBottom: 16 }} />;
}
