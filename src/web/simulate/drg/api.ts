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
  /** Data-quality warnings of a case grouped all the same. */
  warnings: string[];
}

export interface FileAnswer {
  blob: Blob;
  fileName: string;
  summary: DrgSummary;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const schemePath = (scheme: string) => `/api/drg/schemes/${encodeURIComponent(scheme)}`;

/** Posts the case file and the scheme; reports upload progress; answers the .xlsx and its counts. */
async function groupFile(
  file: File,
  scheme: string,
  onProgress: (percent: number) => void,
  strict = false,
): Promise<FileAnswer> {
  const form = new FormData();
  form.append('scheme', scheme);
  form.append('strict', String(strict));
  form.append('file', file, file.name);
  // Asked as JSON: the counts and the workbook (Base64) come in one body, no header to outgrow a proxy.
  const request = await postForm('/api/drg/group-file', form, onProgress, 'text');
  const text = request.responseText;
  if (!succeeded(request)) throw errorFromResponse(request.status, text);
  const answer = JSON.parse(text) as { fileName: string; summary: DrgSummary; workbook: string };
  const bytes = Uint8Array.from(atob(answer.workbook), (char) => char.charCodeAt(0));
  return {
    blob: new Blob([bytes], { type: XLSX_MIME }),
    fileName: answer.fileName,
    summary: answer.summary,
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
