// The server's security settings with their defaults: session lifetimes, login throttling, the clock.
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

export function resolveSecurity(options: SecurityOptions = {}): Security {
  return {
    sessions: { ...defaultSessionLimits, ...options.sessions },
    loginThrottle: { ...defaultLoginThrottle, ...options.loginThrottle },
    now: options.now ?? (() => new Date()),
  };
}
