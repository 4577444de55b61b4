import { demoStaffing, demoStations, demoUsers, stableId } from '@cp/demo-district';
import { insertInChunks, type SeedOptions } from '@cp/service-kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import bcrypt from 'bcryptjs';
import { AccountEntity } from './modules/account/account.entity';
import { OfficerEntity } from './modules/officer/officer.entity';
import { PostEntity } from './modules/post/post.entity';

/** Loads the demo district's officers, A/B posts and one login per role. */
export async function seedDemoStaffing(orm: MikroORM, { residentsPerCommunity }: SeedOptions = {}): Promise<string> {
  const em = orm.em.fork();
  if ((await em.count(OfficerEntity)) > 0) return 'staffing: demo data already present';
  const staffing = demoStaffing(demoStations(residentsPerCommunity));
  const users = demoUsers(staffing);
  await em.transactional(async (tx) => {
    await insertInChunks(
      tx,
      OfficerEntity,
      staffing.officers.map((o) => ({ ...o, version: 1 })),
    );
    await insertInChunks(
      tx,
      PostEntity,
      staffing.posts.map((p) => ({ id: stableId('post', p.communityId, p.role), communityId: p.communityId, officer: p.officerId, role: p.role })),
    );
    await insertInChunks(
      tx,
      AccountEntity,
      users.map((u) => ({
        id: stableId('account', u.username),
        username: u.username,
        passwordHash: bcrypt.hashSync(u.password, 10),
        displayName: u.displayName,
        roles: u.roles,
        officer: u.officerId,
      })),
    );
  });
  const logins = users.map((u) => `${u.username} / ${u.password} (${u.displayName})`).join('; ');
  return `staffing: seeded ${staffing.officers.length} officers, ${staffing.posts.length} posts; logins: ${logins}`;
}
