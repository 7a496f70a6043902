// The version an edit was based on, from its If-Match header ("3", W/"3" or 3): every write to a plan or a
// scenario carries it, so an edit made on an old copy is refused instead of silently overwriting someone else's.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { badInput } from '../core/shared/errors';

export function baseVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  const value = Array.isArray(header) ? header[0] : header;
  const match = value === undefined ? null : /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(value);
  if (!match?.[1]) {
    throw badInput(
      value === undefined
        ? '缺少 If-Match 请求头：请带上您打开时的版本号（例如 If-Match: "3"），以免覆盖他人的修改。'
        : `If-Match 请求头「${value}」不是版本号，应为例如 "3"。`,
      { where: 'If-Match' },
    );
  }
  return Number(match[1]);
}

/** Sends the version of what is answered as its ETag, the value to send back as If-Match. */
export function withVersion<T extends { version: number }>(reply: FastifyReply, body: T): T {
  void reply.header('etag', `"${body.version}"`);
  return body;
}
