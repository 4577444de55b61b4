import { addressKey } from '@cp/address';
import { Migration } from '@mikro-orm/migrations';

/**
 * Repeat keys by the one address rule (@cp/address): keys written before it kept Chinese numerals
 * (三号) that the standard spelling turns into digits (3号), so the same place typed both ways
 * did not match. Only rows whose key changes are written, a thousand at a time.
 */
export class Migration20261201160000 extends Migration {
  override async up(): Promise<void> {
    const rows = (await this.execute(`select id, address_text, address_key from dispute where address_text is not null`)) as Array<{
      id: string;
      address_text: string;
      address_key: string | null;
    }>;
    const changed = rows.map((r) => ({ id: r.id, key: addressKey(r.address_text) })).filter((r, i) => r.key !== rows[i]!.address_key);
    for (let i = 0; i < changed.length; i += 1000) {
      const chunk = changed.slice(i, i + 1000);
      const values = chunk.map(() => '(?::uuid, ?)').join(', ');
      const update = this.getKnex().raw(
        `update dispute d set address_key = v.key from (values ${values}) as v(id, key) where d.id = v.id`,
        chunk.flatMap((r) => [r.id, r.key]),
      );
      this.addSql(update.toQuery());
    }
  }
}
