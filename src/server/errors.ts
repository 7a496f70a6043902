// The one place where errors become HTTP responses: user errors say what to do, others are logged and hidden.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { UserError } from '../core/shared/errors';
import { isBrokenUpload } from './uploads/upload-errors';

export interface ErrorBody {
  error: { message: string; where?: string; line?: number };
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof UserError) {
      const body: ErrorBody = { error: { message: error.message, ...error.details } };
      return reply.status(error.status).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((issue) => {
        const field = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || '请求';
        return `${field}：${issue.message}`;
      });
      const body: ErrorBody = {
        error: {
          message: `提交的内容不符合要求：${issues.join('；')}`,
          where: error.validationContext,
        },
      };
      return reply.status(400).send(body);
    }
    if (error.statusCode === 413 || error.code === 'FST_REQ_FILE_TOO_LARGE') {
      return reply.status(413).send({
        error: { message: '文件超过您的账号可上传的上限。请压缩或拆分后再上传。' },
      });
    }
    if (isBrokenUpload(error)) {
      return reply.status(400).send({
        error: { message: '上传的文件没有传完整（连接中断或表单格式不对）。请重新上传。' },
      });
    }
    if (error.statusCode && error.statusCode < 500) {
      return reply
        .status(error.statusCode)
        .send({ error: { message: `请求有误：${error.message}` } });
    }
    request.log.error({ err: error }, 'request failed');
    return reply
      .status(500)
      .send({ error: { message: '服务器内部错误，已记录日志。请稍后重试，或联系管理员。' } });
  });
}
