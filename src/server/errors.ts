// The one place where errors become HTTP responses: user errors say what to do, the framework's own errors are
// put in Chinese (error-words.ts), others are logged and hidden.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { UserError } from '../core/shared/errors';
import {
  frameworkWords,
  notFoundWords,
  validationWords,
  type ErrorWords,
  type ValidationIssue,
} from './error-words';
import { isBrokenUpload } from './uploads/upload-errors';

export interface ErrorBody {
  error: { message: string; where?: string; line?: number; detail?: string };
}

const send = (reply: FastifyReply, words: ErrorWords) => {
  const { status, ...error } = words;
  return reply.status(status).send({ error } satisfies ErrorBody);
};

/** Answers an address no route serves, in Chinese (the web server answers pages itself). */
export function answerNotFound(request: FastifyRequest, reply: FastifyReply) {
  return send(reply, notFoundWords(request));
}

export function installErrorHandler(app: FastifyInstance, limits: { bodyBytes: number }): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof UserError) {
      const body: ErrorBody = { error: { message: error.message, ...error.details } };
      return reply.status(error.status).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return send(
        reply,
        validationWords(error.validation as ValidationIssue[], error.validationContext),
      );
    }
    if (error.code === 'FST_REQ_FILE_TOO_LARGE') {
      return reply.status(413).send({
        error: {
          message: '文件超过您的账号可上传的上限。请压缩或拆分后再上传。',
          detail: error.message,
        },
      });
    }
    if (isBrokenUpload(error)) {
      return reply.status(400).send({
        error: {
          message: '上传的文件没有传完整（连接中断或表单格式不对）。请重新上传。',
          detail: error.message,
        },
      });
    }
    const words = frameworkWords(error, request, limits);
    if (words) return send(reply, words);
    request.log.error({ err: error }, 'request failed');
    return reply
      .status(500)
      .send({ error: { message: '服务器内部错误，已记录日志。请稍后重试，或联系管理员。' } });
  });
}
