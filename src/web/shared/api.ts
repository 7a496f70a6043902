// HTTP client for the yigai API: JSON in and out, server errors turned into ApiError with plain Chinese text.

/** The error body every /api route returns on failure. */
interface ErrorBody {
  error?: { message?: string; where?: string; line?: number };
}

export class ApiError extends Error {
  readonly status: number;
  readonly where: string | undefined;
  readonly line: number | undefined;

  constructor(status: number, message: string, where?: string, line?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.where = where;
    this.line = line;
  }
}

type UnauthorizedHandler = () => void;
let onUnauthorized: UnauthorizedHandler | null = null;

/** Called whenever a request answers 401 (session expired or not logged in). */
export function setUnauthorizedHandler(handler: UnauthorizedHandler | null): void {
  onUnauthorized = handler;
}

/** Message when the server sent no usable error body. */
function fallbackMessage(status: number): string {
  if (status === 401) return '登录已过期，请重新登录。';
  if (status === 403) return '您没有权限执行此操作，如需办理请联系医改办。';
  if (status === 404) return '要找的内容不存在，可能已被删除，请返回列表刷新后再试。';
  if (status === 409) return '内容已被他人修改或状态已变化，请刷新页面后再试。';
  if (status === 413) return '文件太大，服务器拒收。请压缩或拆分后再上传。';
  if (status >= 500) return '服务器出错，请稍后重试；如果仍然失败，请联系系统管理员。';
  return `请求失败（状态 ${status}），请检查填写内容后重试。`;
}

/** Build an ApiError from a response status and its (possibly empty or non-JSON) body text. */
export function errorFromResponse(status: number, bodyText: string): ApiError {
  let body: ErrorBody | null;
  try {
    body = JSON.parse(bodyText) as ErrorBody;
  } catch {
    body = null;
  }
  const error = body?.error;
  const message =
    error?.message && error.message.trim() !== '' ? error.message : fallbackMessage(status);
  return new ApiError(status, message, error?.where, error?.line);
}

export const networkError = (): ApiError =>
  new ApiError(0, '无法连接服务器，请检查网络连接后重试。');

function notifyIfUnauthorized(status: number, path: string): void {
  if (status === 401 && onUnauthorized && !path.startsWith('/api/auth/')) onUnauthorized();
}

/** Extra request headers, e.g. If-Match with the version an edit was based on. */
export type RequestHeaders = Record<string, string>;

/** The If-Match header of an edit based on `version`. */
export const ifMatch = (version: number): RequestHeaders => ({ 'If-Match': `"${version}"` });

async function send(
  method: string,
  path: string,
  body?: unknown,
  headers: RequestHeaders = {},
): Promise<Response> {
  const init: RequestInit = {
    method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', ...headers },
  };
  if (body !== undefined) {
    init.headers = { ...init.headers, 'Content-Type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw networkError();
  }
  if (!response.ok) {
    notifyIfUnauthorized(response.status, path);
    throw errorFromResponse(response.status, await response.text());
  }
  return response;
}

/** A request whose answer is JSON. */
export async function apiJson<T>(
  method: string,
  path: string,
  body?: unknown,
  headers?: RequestHeaders,
): Promise<T> {
  const response = await send(method, path, body, headers);
  return (await response.json()) as T;
}

/** A request whose answer has no body (204). */
export async function apiVoid(
  method: string,
  path: string,
  body?: unknown,
  headers?: RequestHeaders,
): Promise<void> {
  await send(method, path, body, headers);
}

/**
 * Download a file answer and hand it to the browser under the server's file name (or the fallback). With a
 * `body`, the request is a POST of that JSON (a file written from what the page holds, not yet saved).
 */
export async function apiDownload(
  path: string,
  fallbackName: string,
  body?: unknown,
): Promise<void> {
  const response = await (body === undefined ? send('GET', path) : send('POST', path, body));
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : (plain ?? fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Posts a multipart form, reporting upload progress in percent (0–100). Answers the finished request whatever its
 * status, so the caller reads a JSON or a file answer; only a lost connection rejects.
 */
export function postForm(
  path: string,
  form: FormData,
  onProgress: (percent: number) => void,
  responseType: 'text' | 'blob' = 'text',
): Promise<XMLHttpRequest> {
  return new Promise<XMLHttpRequest>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.withCredentials = true;
    request.responseType = responseType;
    if (responseType === 'text') request.setRequestHeader('Accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onerror = () => reject(networkError());
    request.onload = () => {
      notifyIfUnauthorized(request.status, path);
      resolve(request);
    };
    request.send(form);
  });
}

export const succeeded = (request: XMLHttpRequest): boolean =>
  request.status >= 200 && request.status < 300;

/** Upload one file as multipart field `file`, reporting progress in percent (0–100). */
export async function apiUpload<T>(
  path: string,
  file: File,
  onProgress: (percent: number) => void,
): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  const request = await postForm(path, form, onProgress);
  if (!succeeded(request)) throw errorFromResponse(request.status, request.responseText);
  try {
    return JSON.parse(request.responseText) as T;
  } catch {
    throw new ApiError(request.status, '服务器的回答无法读取，请刷新页面后查看是否已导入。');
  }
}

/** Plain-words text of any thrown value, with the place (file, line) when the server named one. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    const place = [error.where, error.line !== undefined ? `第 ${error.line} 行` : null]
      .filter((part): part is string => part !== null && part !== undefined && part !== '')
      .join('，');
    return place ? `${place}：${error.message}` : error.message;
  }
  if (error instanceof Error && error.message)
    return `出现意外错误：${error.message}。请刷新页面后重试。`;
  return '出现意外错误，请刷新页面后重试。';
}
