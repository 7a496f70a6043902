// Calls of the DRG pages to the server: schemes, catalogue search, grouping one case or a file, scheme browsing.
import { apiJson, errorFromResponse, postForm, succeeded } from '../../shared/api';
import type { DescribedCondition, ListReference } from '../../../core/drg/describe';
import type { ListPage } from '../../../core/drg/list-entries';
import type { AdrgDetail, MdcNode } from '../../../core/drg/scheme-view';
import type { DrgSummary } from '../../../core/drg/summary';
import type { GroupStatus, TraceStep } from '../../../core/drg/types';

export type { AdrgDetail, DescribedCondition, DrgSummary, ListPage, ListReference, MdcNode };

export interface SchemeInfo {
  code: string;
  name: string;
  version: string;
  mdcCount: number;
  adrgCount: number;
  drgCount: number;
}

export interface CatalogueItem {
  code: string;
  name: string;
}

export type Catalogue = 'diagnoses' | 'procedures';

export interface CaseInput {
  gender: number | null;
  age: number | null;
  ageDay: number | null;
  weight: number | null;
  dept: string;
  inHospitalTime: number | null;
  leavingType: number | null;
  diagnoses: string[];
  procedures: string[];
}

export interface GroupAnswer {
  scheme: string;
  schemeLabel: string;
  status: GroupStatus;
  mdc: string;
  mdcName: string;
  adrg: string;
  adrgName: string;
  drg: string;
  drgName: string;
  trace: TraceStep[];
  messages: string[];
}

export interface FileAnswer {
  blob: Blob;
  fileName: string;
  summary: DrgSummary;
}

const schemePath = (scheme: string) => `/api/drg/schemes/${encodeURIComponent(scheme)}`;

/** Posts the case file and the scheme; reports upload progress; answers the .xlsx and its counts. */
async function groupFile(
  file: File,
  scheme: string,
  onProgress: (percent: number) => void,
): Promise<FileAnswer> {
  const form = new FormData();
  form.append('scheme', scheme);
  form.append('file', file, file.name);
  const request = await postForm('/api/drg/group-file', form, onProgress, 'blob');
  const blob = request.response as Blob;
  if (!succeeded(request)) throw errorFromResponse(request.status, await blob.text());
  const disposition = request.getResponseHeader('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const summaryHeader = request.getResponseHeader('X-Drg-Summary') ?? '';
  return {
    blob,
    fileName: encoded ? decodeURIComponent(encoded) : 'DRG分组结果.xlsx',
    summary: JSON.parse(decodeURIComponent(summaryHeader)) as DrgSummary,
  };
}

export const drgApi = {
  schemes: async () =>
    (await apiJson<{ schemes: SchemeInfo[] }>('GET', '/api/drg/schemes')).schemes,
  search: async (catalogue: Catalogue, query: string) =>
    (
      await apiJson<{ items: CatalogueItem[] }>(
        'GET',
        `/api/drg/catalogue/${catalogue}?q=${encodeURIComponent(query)}&limit=20`,
      )
    ).items,
  group: (scheme: string, drgCase: CaseInput) =>
    apiJson<GroupAnswer>('POST', '/api/drg/group', { scheme, case: drgCase }),
  groupFile,
  tree: async (scheme: string) =>
    (await apiJson<{ mdcs: MdcNode[] }>('GET', `${schemePath(scheme)}/tree`)).mdcs,
  adrg: (scheme: string, code: string) =>
    apiJson<AdrgDetail>('GET', `${schemePath(scheme)}/adrg/${encodeURIComponent(code)}`),
  list: (
    scheme: string,
    name: string,
    page: { offset: number; limit: number; q: string; pairedWith?: string | undefined },
  ) => {
    const query = new URLSearchParams({
      offset: String(page.offset),
      limit: String(page.limit),
      q: page.q,
      ...(page.pairedWith ? { pairedWith: page.pairedWith } : {}),
    });
    return apiJson<ListPage>(
      'GET',
      `${schemePath(scheme)}/lists/${encodeURIComponent(name)}?${query}`,
    );
  },
};

/** Hands a downloaded file to the browser under its name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
