// Builders of model values (invitees, observed users, a policy) for the unit tests of plan, apply and render.
import type { Invitee, Observed, ObservedUser, Policy } from '../../reconciler/model';

export const NOW = '2025-06-01T12:00:00.000Z';
export const CONNECTION = { id: 'con_AAAAAAAAAAAAAAAA', name: 'Invitees' };

export function policy(overrides: Partial<Policy> = {}): Policy {
  return { now: NOW, revoke: 'block', maxRemovalFraction: 1, allowMassRemoval: false, reinviteExpired: true, ...overrides };
}

export function invitee(email: string, overrides: Partial<Omit<Invitee, 'email'>> = {}, line = 1): Invitee {
  return {
    email,
    profile: {},
    user_metadata: {},
    app_metadata: {},
    source: { file: 'invitees/team.yaml', line, column: 5 },
    ...overrides,
  };
}

export function user(email: string, overrides: Partial<Omit<ObservedUser, 'email'>> = {}): ObservedUser {
  return {
    user_id: `auth0|${email}`,
    email,
    email_verified: false,
    blocked: false,
    profile: { name: email, nickname: email.split('@')[0] },
    user_metadata: {},
    app_metadata: {},
    ...overrides,
  };
}

export function observed(...users: ObservedUser[]): Observed {
  return { connection: CONNECTION, users };
}
