import { StaffingFeed } from './staffing-feed';

/**
 * Logged-out sessions (and those an administrator ended), polled from staffing, which records
 * them: a token whose session was ended is refused at the edge within the poll interval.
 */
export class SessionRevocations {
  private revoked = new Set<string>();
  readonly feed: StaffingFeed<{ revokedSessions: string[] }>;

  constructor(options: { staffingUrl: string; gatewaySecret: string; intervalMs: number }) {
    this.feed = new StaffingFeed({
      ...options,
      query: '{ revokedSessions }',
      apply: (data) => (this.revoked = new Set(data.revokedSessions)),
      refreshAfter: ['logout', 'updateAccount', 'setAccountDisabled', 'resetAccountPassword', 'revokePartner', 'rotatePartnerSecret'],
    });
  }

  has(jti: string | undefined): boolean {
    return !!jti && this.revoked.has(jti);
  }
}
