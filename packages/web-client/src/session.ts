/** The signed-in user, kept in localStorage so a reload keeps the session until the token expires. */
export interface SessionUser {
  displayName: string;
  roles: string[];
}

const TOKEN = 'cp.token';
const USER = 'cp.user';

export const session = {
  token: (): string | null => localStorage.getItem(TOKEN),
  user: (): SessionUser | null => {
    const raw = localStorage.getItem(USER);
    return raw ? (JSON.parse(raw) as SessionUser) : null;
  },
  save(token: string, user: SessionUser): void {
    localStorage.setItem(TOKEN, token);
    localStorage.setItem(USER, JSON.stringify(user));
  },
  clear(): void {
    localStorage.removeItem(TOKEN);
    localStorage.removeItem(USER);
  },
};
