import { session } from '@cp/web-client';
import { client } from '../apollo';
import { clearDevice, outbox } from '../device';
import { Dialog } from 'antd-mobile';

/** Logging out leaves nothing of the officer on the phone; unsent work is named before it goes. */
export async function logout(): Promise<void> {
  const waiting = (await outbox.all()).length;
  if (waiting && !(await Dialog.confirm({ content: `还有 ${waiting} 条记录未发送，退出将删除它们。确定退出？` }))) return;
  await clearDevice();
  await client.clearStore();
  session.clear();
  window.location.assign('/m/login');
}
