// Session state for the whole app: who is logged in and what they may do, whether a handed-out password must be
// changed first, log in, log out, change the password; a 401 anywhere sends the user to 登录.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { ApiError, apiJson, apiVoid, setUnauthorizedHandler } from './api';
import { mayDo, type Rights, type User } from './user';

interface AuthState {
  /** undefined while the session is being checked, null when nobody is logged in. */
  user: User | null | undefined;
  /** What the logged-in account may do (empty while nobody is logged in). */
  rights: Rights;
  /** Set when the session check itself failed (server unreachable), not merely "not logged in". */
  checkError: unknown;
  /** True after the user pressed 退出: the next login starts fresh instead of returning to the last page. */
  signedOut: boolean;
  /** The password was handed out (first start, new account, reset): nothing else opens until it is changed. */
  mustChangePassword: boolean;
  login(username: string, password: string): Promise<void>;
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
  logout(): Promise<void>;
  recheck(): void;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [rights, setRights] = useState<Rights>({});
  const [checkError, setCheckError] = useState<unknown>(null);
  const [checkRound, setCheckRound] = useState(0);
  const [signedOut, setSignedOut] = useState(false);
  const [mustChangePassword, setMustChangePassword] = useState(false);

  useEffect(() => {
    let cancelled = false;
    apiJson<{ user: User; rights: Rights; mustChangePassword?: boolean }>('GET', '/api/auth/me')
      .then((answer) => {
        if (cancelled) return;
        setMustChangePassword(answer.mustChangePassword === true);
        setRights(answer.rights);
        setUser(answer.user);
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        if (error instanceof ApiError && error.status === 401) setUser(null);
        else {
          setCheckError(error);
          setUser(null);
        }
      });
    return () => {
      cancelled = true;
    };
  }, [checkRound]);

  useEffect(() => {
    setUnauthorizedHandler(() => setUser(null));
    return () => setUnauthorizedHandler(null);
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const answer = await apiJson<{ user: User; rights: Rights; mustChangePassword?: boolean }>(
      'POST',
      '/api/auth/login',
      { username, password },
    );
    setCheckError(null);
    setSignedOut(false);
    setMustChangePassword(answer.mustChangePassword === true);
    setRights(answer.rights);
    setUser(answer.user);
  }, []);

  const changePassword = useCallback(async (currentPassword: string, newPassword: string) => {
    await apiVoid('POST', '/api/auth/password', { currentPassword, newPassword });
    setMustChangePassword(false);
  }, []);

  const logout = useCallback(async () => {
    try {
      await apiVoid('POST', '/api/auth/logout');
    } finally {
      setSignedOut(true);
      setRights({});
      setUser(null);
    }
  }, []);

  const recheck = useCallback(() => {
    setCheckError(null);
    setUser(undefined);
    setCheckRound((round) => round + 1);
  }, []);

  const value = useMemo(
    () => ({
      user,
      rights,
      checkError,
      signedOut,
      mustChangePassword,
      login,
      changePassword,
      logout,
      recheck,
    }),
    [
      user,
      rights,
      checkError,
      signedOut,
      mustChangePassword,
      login,
      changePassword,
      logout,
      recheck,
    ],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth must be used inside AuthProvider');
  return state;
}

/** The logged-in user; only for pages rendered behind the login gate. */
export function useUser(): User {
  const { user } = useAuth();
  if (!user) throw new Error('useUser needs a logged-in user');
  return user;
}

/**
 * `may("dataset.delete", ownerUnit)`: whether the logged-in account may do it, from the server's policy, so a
 * page shows only the menus, buttons and upload boxes that will work.
 */
export function useMay(): (name: string, owner?: string | null) => boolean {
  const { user, rights } = useAuth();
  return useCallback(
    (name: string, owner?: string | null) =>
      user ? mayDo(rights, user, name, owner) : name === 'plan.read',
    [user, rights],
  );
}
