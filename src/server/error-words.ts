// The framework's own errors in plain Chinese, in one place: request validation (zod issues), JSON bodies that
// do not parse, bodies too large, content types the server does not take, unknown addresses. Each says what
// went wrong and what to do; the framework's English text is kept only as `detail`.
import type { FastifyError } from 'fastify';
import { sizeText } from '../core/shared/quotas';

export interface ErrorWords {
  status: number;
  message: string;
  where?: string;
  detail?: string;
}

/** The issue of one field as the zod type provider hands it over: its code, path and zod's own fields. */
export interface ValidationIssue {
  keyword: string;
  instancePath: string;
  message: string;
  params?: Record<string, unknown>;
}

const TYPE_NAMES: Record<string, string> = {
  number: '数字',
  int: '整数',
  integer: '整数',
  string: '文字',
  boolean: '是或否（true / false）',
  object: '一组字段（对象）',
  array: '列表',
  date: '日期',
  bigint: '整数',
  null: '空值',
  undefined: '空',
};

const FORMAT_NAMES: Record<string, string> = {
  email: '电子邮件地址',
  url: '网址',
  uuid: 'UUID',
  regex: '规定的格式',
  date: '日期 YYYY-MM-DD',
  datetime: '日期时间',
  time: '时间',
};

const CONTEXT_NAMES: Record<string, string> = {
  body: '提交的内容',
  querystring: '查询参数',
  params: '地址中的参数',
  headers: '请求头',
};

const hasChinese = (text: string) => /\p{Script=Han}/u.test(text);
const typeName = (type: unknown) => TYPE_NAMES[String(type)] ?? String(type);

/** A field's name as the user wrote it: `items.2.amount`, or 请求内容 for the whole body. */
function fieldName(instancePath: string): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  return path === '' ? '请求内容' : `字段 ${path}`;
}

/** One zod issue in Chinese; a message a schema wrote in Chinese is kept as it is. */
export function issueWords(issue: ValidationIssue): string {
  const field = fieldName(issue.instancePath);
  if (hasChinese(issue.message)) return `${field}：${issue.message}`;
  const p = issue.params ?? {};
  const origin = String(p['origin'] ?? '');
  const inclusive = p['inclusive'] !== false;
  switch (issue.keyword) {
    case 'invalid_type': {
      const received = /received (\w+)/.exec(issue.message)?.[1];
      if (received === 'undefined') return `${field} 必须填写`;
      return `${field} 应为${typeName(p['expected'])}${received ? `，收到的是${typeName(received)}` : ''}`;
    }
    case 'too_small': {
      const minimum = String(p['minimum']);
      if (origin === 'string')
        return minimum === '1' ? `${field} 不能为空` : `${field} 至少 ${minimum} 个字`;
      if (origin === 'array' || origin === 'set') return `${field} 至少 ${minimum} 项`;
      return `${field} ${inclusive ? '不能小于' : '必须大于'} ${minimum}`;
    }
    case 'too_big': {
      const maximum = String(p['maximum']);
      if (origin === 'string') return `${field} 至多 ${maximum} 个字`;
      if (origin === 'array' || origin === 'set') return `${field} 至多 ${maximum} 项`;
      return `${field} ${inclusive ? '不能大于' : '必须小于'} ${maximum}`;
    }
    case 'invalid_value': {
      const values = Array.isArray(p['values']) ? (p['values'] as unknown[]).map(String) : [];
      return `${field} 应为以下之一：${values.join('、')}`;
    }
    case 'invalid_format':
      return `${field} 格式不对，应为${FORMAT_NAMES[String(p['format'])] ?? '规定的格式'}`;
    case 'not_multiple_of':
      return `${field} 应为 ${String(p['divisor'])} 的倍数`;
    case 'unrecognized_keys': {
      const keys = Array.isArray(p['keys']) ? (p['keys'] as unknown[]).map(String) : [];
      return `${field} 中有不认识的字段：${keys.join('、')}。请删去后重试`;
    }
    case 'invalid_union':
      return `${field} 的值不符合任何一种允许的写法`;
    default:
      return `${field} 的值不符合要求`;
  }
}

/** A request that failed validation: every field's problem in Chinese, zod's own words as the detail. */
export function validationWords(issues: ValidationIssue[], context?: string): ErrorWords {
  const place = (context && CONTEXT_NAMES[context]) || '提交的内容';
  return {
    status: 400,
    message: `${place}不符合要求：${issues.map(issueWords).join('；')}。请修改后重新提交`,
    ...(context ? { where: context } : {}),
    detail: issues.map((issue) => `${issue.instancePath || '/'}: ${issue.message}`).join('; '),
  };
}

/**
 * Fastify's and its plugins' errors that a request can cause, in Chinese; null for any other error. `limits`
 * gives the body limit the message names.
 */
export function frameworkWords(
  error: FastifyError,
  request: { method: string; url: string; headers: Record<string, unknown> },
  limits: { bodyBytes: number },
): ErrorWords | null {
  const detail = error.message;
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return {
        status: 400,
        message:
          '提交的内容不是有效的 JSON，无法读取。请检查括号、引号和逗号是否成对、完整；如在网页上操作，请刷新页面后重试',
        detail,
      };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return {
        status: 400,
        message: '请求声明提交 JSON，但内容是空的。请填写要提交的内容，或去掉 Content-Type 请求头',
        detail,
      };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        status: 413,
        message: `提交的内容超过 ${sizeText(limits.bodyBytes)}（上限）。文件请用上传功能提交；数据请分批提交`,
        detail,
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': {
      const type = String(request.headers['content-type'] ?? '').split(';')[0] || '（未声明）';
      return {
        status: 415,
        message: `不支持这种内容类型：${type}。请以 JSON（application/json）提交数据，文件以表单上传（multipart/form-data）`,
        detail,
      };
    }
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return {
        status: 400,
        message: '请求的长度（Content-Length）与实际内容不符，内容可能没有传完整。请重新提交',
        detail,
      };
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return {
        status: 406,
        message:
          '这里需要以表单上传文件（multipart/form-data）。请在页面上选择文件上传，或用 curl -F file=@文件 提交',
        detail,
      };
    case 'FST_ERR_NOT_FOUND':
      return notFoundWords(request);
    default:
  }
  if (error instanceof SyntaxError && error.statusCode === 400)
    return frameworkWords(
      Object.assign(error, { code: 'FST_ERR_CTP_INVALID_JSON_BODY' }),
      request,
      limits,
    );
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
    return {
      status: error.statusCode,
      message: `请求无法处理（HTTP ${error.statusCode}）。请检查提交的内容后重试；如在网页上操作，请刷新页面后重试`,
      detail,
    };
  return null;
}

/** An address no route answers. */
export function notFoundWords(request: { method: string; url: string }): ErrorWords {
  return {
    status: 404,
    message: `没有这个接口：${request.method} ${request.url.split('?')[0]}。请核对地址（接口说明见 /api/docs）`,
  };
}
