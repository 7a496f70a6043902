// Throttles login attempts per address and user name, and per address alone, answering 429 with when to retry.
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LoginThrottle } from './options';

const shanghaiTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "请 15 分钟后（北京时间 10:45 以后）再试" — in minutes, rounded up, and as a wall-clock time. */
export function retryText(retryAfterMs: number, now: Date): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  const at = shanghaiTime.format(new Date(now.getTime() + retryAfterMs));
  return `登录尝试次数过多，已暂时锁定。请 ${minutes} 分钟后（北京时间 ${at} 以后）再试；忘记密码请联系医改办重置。`;
}

const usernameOf = (request: FastifyRequest) => {
  const body = request.body as { username?: unknown } | undefined;
  return typeof body?.username === 'string' ? body.username.trim().toLowerCase() : '';
};

/**
 * A preHandler for the login route (the body is parsed by then, so the user name is known). Registers the rate
 * limiter in the calling plugin's scope.
 */
export async function loginThrottle(
  app: FastifyInstance,
  limits: LoginThrottle,
): Promise<(request: FastifyRequest, reply: FastifyReply) => Promise<void>> {
  await app.register(fastifyRateLimit, { global: false });
  const perIp = app.createRateLimit({
    max: limits.perIp,
    timeWindow: limits.windowMs,
    keyGenerator: (request) => `login-ip|${request.ip}`,
  });
  const perAccount = app.createRateLimit({
    max: limits.perAccount,
    timeWindow: limits.windowMs,
    keyGenerator: (request) => `login-account|${request.ip}|${usernameOf(request)}`,
  });
  return async (request, reply) => {
    for (const limiter of [perIp, perAccount]) {
      const state = await limiter(request);
      if (state.isAllowed || !state.isExceeded) continue;
      await reply
        .status(429)
        .header('retry-after', state.ttlInSeconds)
        .send({ error: { message: retryText(state.ttl, new Date()) } });
      return;
    }
  };
}
