// The hospitals of a run: those the bill file names (code, name, level, sponsor), merged with any the
// caller registered beforehand (their funding shares), sorted by code as core's compensation is. Names
// come from the revenue table (revenue-sql.ts), so the encounter pass carries none.
import type { DuckDBConnection } from '@duckdb/node-api';
import { badInput } from '../../core/shared/errors';
import type { Hospital, HospitalLevel, Sponsor } from '../../core/simulate/bills';
import { fen, rows } from './aggregates';

export async function hospitalsOf(
  connection: DuckDBConnection,
  registered: readonly Hospital[],
  file: string,
): Promise<Hospital[]> {
  const found = await rows(
    connection,
    `WITH names AS (SELECT hospital_code, min(hospital_name) AS name FROM revenue GROUP BY hospital_code)
    SELECT e.hospital_code, any_value(names.name) AS name, min(e.hospital_level) AS level,
      min(e.hospital_sponsor) AS sponsor
    FROM enc e LEFT JOIN names USING (hospital_code)
    WHERE NOT e.bad AND e.inconsistent IS NULL GROUP BY e.hospital_code`,
  );
  const byId = new Map(registered.map((h) => [h.id, h]));
  for (const row of found) {
    const id = String(row['hospital_code']);
    const fromFile: Hospital = {
      id,
      name: row['name'] === null ? id : String(row['name']),
      level: fen(row['level']) as HospitalLevel,
      sponsor: String(row['sponsor']) as Sponsor,
    };
    const known = byId.get(id);
    if (known && (known.level !== fromFile.level || known.sponsor !== fromFile.sponsor)) {
      throw badInput(
        `医院 ${id} 在账单中为 ${fromFile.level} 级 / ${fromFile.sponsor}，与登记的 ${known.level} 级 / ${known.sponsor} 不一致`,
        { where: file },
      );
    }
    byId.set(id, known ?? fromFile);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
