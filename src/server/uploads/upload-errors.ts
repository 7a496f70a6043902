// What went wrong while an upload streamed in, in words: the size limit, or a body that broke off.
import { badInput, tooLarge, UserError } from '../../core/shared/errors';
import { sizeText } from '../../core/shared/quotas';

/** The multipart parser's own errors, and the stream errors of a request that ended early. */
export function uploadError(error: unknown, limitBytes: number, fileName?: string): Error {
  if (error instanceof UserError) return error;
  const where = fileName === undefined ? {} : { where: fileName };
  const code = (error as { code?: string } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE')
    return tooLarge(
      `文件超过 ${sizeText(limitBytes)}（您的账号可上传的上限），请拆分或压缩后分别上传`,
      where,
    );
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT')
    return tooLarge('表单中的文件或字段太多：一次只能上传一个文件', where);
  if (code === 'ENOSPC')
    return tooLarge('服务器磁盘空间不足，文件未保存。请联系管理员清理空间后再上传', where);
  return badInput(
    '上传的文件没有传完整（连接中断或表单格式不对），已丢弃收到的部分。请重新上传',
    where,
  );
}

/** Errors a broken or cut-off multipart body raises, to tell them from a fault of the server. */
export function isBrokenUpload(error: Error & { code?: string }): boolean {
  return (
    error.code === 'FST_MP_PREMATURE_CLOSE' ||
    error.code === 'ECONNRESET' ||
    error.code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    /^(Unexpected end of (multipart|form)|Multipart: Boundary not found|Malformed part header|Request aborted|aborted)/i.test(
      error.message,
    )
  );
}
