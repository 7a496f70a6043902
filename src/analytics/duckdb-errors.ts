// DuckDB's errors in plain Chinese: what is wrong with the file (with its line when DuckDB names one) and
// what to do. The English text stays available as a technical detail, never as the message.

interface Translation {
  test: RegExp;
  say: (match: RegExpMatchArray, text: string) => string;
}

const TYPE_NAMES: Record<string, string> = {
  INT8: '整数',
  INT16: '整数',
  INT32: '整数',
  INT64: '整数',
  INT128: '整数',
  UINT8: '整数',
  UINT16: '整数',
  UINT32: '整数',
  UINT64: '整数',
  HUGEINT: '整数',
  BIGINT: '整数',
  INTEGER: '整数',
  DOUBLE: '数字',
  FLOAT: '数字',
  DATE: '日期（YYYY-MM-DD）',
  TIMESTAMP: '日期时间',
  BOOLEAN: '是或否',
};

/** The line DuckDB quotes after "Original Line:", shortened for a message. */
function originalLine(text: string): string {
  const match = /Original Line:\s*\n?(.*)/.exec(text);
  const line = match?.[1]?.trim() ?? '';
  if (line === '') return '';
  return `（${line.length > 60 ? `${line.slice(0, 60)}…` : line}）`;
}

const TRANSLATIONS: Translation[] = [
  {
    test: /CSV Error on Line: (\d+)[\s\S]*unterminated quote/i,
    say: (m, text) =>
      `第 ${m[1]} 行有未闭合的引号（"）${originalLine(text)}。请检查这一行的引号是否成对；文字中的引号要写成两个（""）`,
  },
  {
    test: /CSV Error on Line: (\d+)[\s\S]*Expected Number of Columns: (\d+) Found: (\d+)/i,
    say: (m, text) =>
      `第 ${m[1]} 行有 ${m[3]} 列，表头有 ${m[2]} 列${originalLine(text)}。请检查这一行是否多了或少了逗号；含逗号的文字要用引号括起`,
  },
  {
    test: /CSV Error on Line: (\d+)[\s\S]*(?:Invalid unicode|invalid UTF-8)/i,
    say: (m) =>
      `第 ${m[1]} 行有不是 UTF-8 编码的字节。请在 Excel 或 WPS 中另存为“CSV UTF-8（逗号分隔）”后重新上传`,
  },
  {
    test: /CSV Error on Line: (\d+)/i,
    say: (m, text) => `第 ${m[1]} 行不符合 CSV 格式${originalLine(text)}。请检查这一行的逗号与引号`,
  },
  {
    test: /Invalid unicode|invalid UTF-8/i,
    say: () =>
      '文件中有不是 UTF-8 编码的字节。请在 Excel 或 WPS 中另存为“CSV UTF-8（逗号分隔）”后重新上传',
  },
  {
    test: /Error when sniffing file|not possible to automatically detect the CSV/i,
    say: () =>
      '无法识别 CSV 的格式（分隔符、引号、列数）。请确认文件是逗号分隔的 CSV：引号成对，每行的列数与表头一致',
  },
  {
    test: /too small to be a Parquet file|No magic bytes found|not a parquet file|Invalid Parquet|Corrupt|Couldn't deserialize thrift/i,
    say: () => '文件不是有效的 Parquet 文件（可能已损坏或没有传完整）。请重新导出后再试',
  },
  {
    test: /No files found that match the pattern|No such file or directory/i,
    say: () => '文件不存在或已被移走',
  },
  { test: /Permission denied/i, say: () => '没有读取这个文件的权限。请联系管理员' },
  {
    test: /Could not convert string '([^']*)' to '?([A-Z0-9]+)/,
    say: (m) => `“${m[1]}”不是${TYPE_NAMES[m[2] ?? ''] ?? '所需类型的值'}。请检查该列的值后重试`,
  },
  {
    test: /Referenced column "?([^"\s]+)"? not found/i,
    say: (m) => `文件中没有列 ${m[1]}。请核对表头`,
  },
  {
    test: /Out of Memory|could not allocate|failed to allocate/i,
    say: () => '内存不足，文件太大无法一次处理。请稍后重试，或把文件拆分后分别处理',
  },
  {
    test: /No space left on device/i,
    say: () => '服务器磁盘空间不足。请联系管理员清理空间后重试',
  },
  { test: /Interrupted/i, say: () => '处理已取消' },
];

/** DuckDB's first line without its error-class prefix: the technical detail. */
export function duckdbDetail(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.replace(/^[A-Za-z ]+ Error: /, '').split('\n')[0] ?? text).trim();
}

/** What went wrong, in Chinese, with what to do; an unknown error says so without its English text. */
export function duckdbWords(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  for (const { test, say } of TRANSLATIONS) {
    const match = text.match(test);
    if (match) return say(match, text);
  }
  return '数据引擎无法处理这个文件。请检查文件是否完整、格式是否正确；如仍不行，请联系管理员并提供文件';
}

/** DuckDB's error classes, as its messages begin ("Invalid Input Error: …"). */
const DUCKDB_ERROR =
  /^(Invalid Input|IO|Conversion|Binder|Parser|Catalog|Out of Memory|Interrupt|Invalid|Constraint|Not implemented|Serialization|Dependency|HTTP|Transaction|Permission|Syntax|Sequence|Internal) Error: /;

export function isDuckdbError(error: unknown): error is Error {
  return error instanceof Error && DUCKDB_ERROR.test(error.message);
}
