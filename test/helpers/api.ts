// Small helpers for API tests through app.inject: log in, upload a file as multipart form data.
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';

export async function login(
  app: FastifyInstance,
  username: string,
  password: string,
): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'yigai_session');
  if (!cookie) throw new Error('no session cookie');
  return `yigai_session=${cookie.value}`;
}

export function multipartFile(
  fileName: string,
  content: Uint8Array,
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----yigai${randomUUID()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    'utf8',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  return {
    payload: Buffer.concat([head, Buffer.from(content), tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
