import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';

/** What an audit row's object or actor is called, for the record types that have a name (others answer null). */
const NAMES: Record<string, string> = {
  Institution: 'SELECT id, name FROM institution WHERE id IN (?)',
  Application: 'SELECT a.id, i.name FROM application a JOIN institution i ON i.id = a.institutionId WHERE a.id IN (?)',
  UserAccount: 'SELECT id, displayName AS name FROM user_account WHERE id IN (?)',
  Batch: 'SELECT id, name FROM batch WHERE id IN (?)',
  ServiceProduct: 'SELECT id, name FROM service_product WHERE id IN (?)',
};

/** `Type:id` → name, every type of the batch in one UNION ALL statement (the audit screen stays at a fixed statement count). */
export function auditNameLoader(db: DataSource): DataLoader<string, string | null> {
  return new DataLoader<string, string | null>(async (keys) => {
    const byType = new Map<string, number[]>();
    for (const key of keys) {
      const [type, raw] = key.split(':');
      const id = Number(raw);
      if (NAMES[type] && Number.isInteger(id) && id > 0) byType.set(type, [...(byType.get(type) ?? []), id]);
    }
    const names = new Map<string, string>();
    if (byType.size) {
      const parts: string[] = [];
      const params: number[] = [];
      for (const [type, ids] of byType) {
        parts.push(
          `SELECT '${type}' AS t, q.id AS id, q.name AS name FROM (${NAMES[type].replace('(?)', `(${ids.map(() => '?').join(', ')})`)}) q`,
        );
        params.push(...ids);
      }
      const rows: { t: string; id: number | string; name: string }[] = await db.query(parts.join(' UNION ALL '), params);
      for (const r of rows) names.set(`${r.t}:${Number(r.id)}`, r.name);
    }
    return keys.map((k) => names.get(`${k.split(':')[0]}:${Number(k.split(':')[1])}`) ?? null);
  });
}
