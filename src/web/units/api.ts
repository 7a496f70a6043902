// The unit registry's API for the web: list, add, edit, import a file (with every wrong cell on refusal), template.
import type { Unit, UnitFields } from '../../core/shared/unit-registry';
import { apiDownload, apiJson, errorFromResponse, postForm, succeeded } from '../shared/api';

export type { Unit, UnitFields };

export interface UnitFileError {
  line: number;
  column: string;
  message: string;
}

/** A refused import: the message, and every wrong cell. */
export class UnitImportError extends Error {
  readonly errors: UnitFileError[];
  constructor(message: string, errors: UnitFileError[]) {
    super(message);
    this.name = 'UnitImportError';
    this.errors = errors;
  }
}

export const unitApi = {
  list: async () => (await apiJson<{ units: Unit[] }>('GET', '/api/units')).units,
  create: (unit: Unit) => apiJson<Unit>('POST', '/api/units', unit),
  update: (code: string, fields: UnitFields) =>
    apiJson<Unit>('PUT', `/api/units/${encodeURIComponent(code)}`, fields),
  template: () => apiDownload('/api/units/template.xlsx', '单位名录.xlsx'),
  async importFile(file: File, onProgress: (percent: number) => void) {
    const form = new FormData();
    form.append('file', file, file.name);
    const request = await postForm('/api/units/import', form, onProgress);
    if (succeeded(request)) {
      return JSON.parse(request.responseText) as { created: number; updated: number };
    }
    const error = errorFromResponse(request.status, request.responseText);
    let errors: UnitFileError[];
    try {
      errors = (JSON.parse(request.responseText) as { errors?: UnitFileError[] }).errors ?? [];
    } catch {
      errors = [];
    }
    throw errors.length > 0 ? new UnitImportError(error.message, errors) : error;
  },
};
