// Calls of the scenario pages to the server: presets, scenarios with their versions, save a new version (with
// the version it was based on).
import { apiJson, apiVoid, ifMatch } from '../../shared/api';
import type { Provenance } from '../../../core/simulate/presets';
import type { Scenario } from '../../../core/simulate/scenario';

export type { Provenance, Scenario };
export type ProvenanceMap = Readonly<Record<string, Provenance>>;
export type ScenarioId = number;

export interface PresetInfo {
  id: string;
  name: string;
  description: string;
  scenario: Scenario;
  provenance: ProvenanceMap;
}

export interface ScenarioSummary {
  id: ScenarioId;
  name: string;
  basedOn: string | null;
  version: number;
  updatedAt: string;
  username: string | null;
  /** Who saved the latest version, by the account's display name. */
  displayName: string | null;
  /** The unit that owns the scenario. */
  ownerUnit: string | null;
}

export interface ScenarioVersion {
  version: number;
  createdAt: string;
  username: string | null;
  displayName: string | null;
  note: string | null;
}

export interface ScenarioDetail {
  id: ScenarioId;
  name: string;
  basedOn: string | null;
  version: number;
  scenario: Scenario;
  provenance: ProvenanceMap;
  versions: ScenarioVersion[];
}

/** One stored version; the server may answer with the whole detail or just the version's scenario. */
export interface ScenarioAtVersion {
  version: number;
  scenario: Scenario;
  note?: string | null;
}

const base = '/api/scenarios';
const one = (id: ScenarioId) => `${base}/${encodeURIComponent(String(id))}`;

export const scenarioApi = {
  presets: async () =>
    (await apiJson<{ presets: PresetInfo[] }>('GET', '/api/simulate/presets')).presets,
  list: async () => (await apiJson<{ scenarios: ScenarioSummary[] }>('GET', base)).scenarios,
  create: (body: { name: string; basedOn?: string; scenario?: Scenario }) =>
    apiJson<ScenarioDetail>('POST', base, body),
  get: (id: ScenarioId) => apiJson<ScenarioDetail>('GET', one(id)),
  /** Saves a new version on top of `baseVersion`, the version the editor loaded (a stale one answers 409). */
  save: (id: ScenarioId, baseVersion: number, scenario: Scenario, note: string) =>
    apiJson<ScenarioDetail>('PUT', one(id), { scenario, note }, ifMatch(baseVersion)),
  version: (id: ScenarioId, version: number) =>
    apiJson<ScenarioAtVersion>('GET', `${one(id)}/versions/${version}`),
  remove: (id: ScenarioId) => apiVoid('DELETE', one(id)),
};
