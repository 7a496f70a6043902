// The server's security settings with their defaults: session lifetimes (YIGAI_SESSION_IDLE_MINUTES,
// YIGAI_SESSION_MAX_HOURS), login throttling, the clock.
import type { SessionLimits } from '../../store/sessions';
import { defaultSessionLimits } from '../auth/login';

export interface LoginThrottle {
  /** Attempts allowed per address and user name within the window. */
  perAccount: number;
  /** Attempts allowed per address, whatever the user names, within the window. */
  perIp: number;
  windowMs: number;
}

export interface SecurityOptions {
  sessions?: Partial<SessionLimits>;
  loginThrottle?: Partial<LoginThrottle>;
  /** The clock sessions are judged by; tests move it forward. */
  now?: () => Date;
}

export interface Security {
  sessions: SessionLimits;
  loginThrottle: LoginThrottle;
  now: () => Date;
}

export const defaultLoginThrottle: LoginThrottle = {
  perAccount: 10,
  perIp: 100,
  windowMs: 15 * 60_000,
};

/** A positive number of `unit` from the environment variable `name`, in milliseconds; absent → undefined. */
function durationFromEnvironment(name: string, unitMs: number): number | undefined {
  const text = process.env[name];
  if (text === undefined || text.trim() === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`环境变量 ${name}=${text} 不是正数，请改为正数或删除该变量。`);
  }
  return value * unitMs;
}

function sessionLimitsFromEnvironment(): Partial<SessionLimits> {
  const idleMs = durationFromEnvironment('YIGAI_SESSION_IDLE_MINUTES', 60_000);
  const absoluteMs = durationFromEnvironment('YIGAI_SESSION_MAX_HOURS', 3600_000);
  return {
    ...(idleMs !== undefined ? { idleMs } : {}),
    ...(absoluteMs !== undefined ? { absoluteMs } : {}),
  };
}

export function resolveSecurity(options: SecurityOptions = {}): Security {
  return {
    sessions: { ...defaultSessionLimits, ...sessionLimitsFromEnvironment(), ...options.sessions },
    loginThrottle: { ...defaultLoginThrottle, ...options.loginThrottle },
    now: options.now ?? (() => new Date()),
  };
}
