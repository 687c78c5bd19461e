// What a test reads from the emulated tenant's own state: the declared users, their invitation status, the
// tickets issued, and the reconciler's lease record.
import type { RunningEmulator } from '../../emulator/index';
import { isLeaseAddress, LEASE_EMAIL } from '../../reconciler/lease/address';
import { LEASE_KEY } from '../../reconciler/lease/record';
import { CONNECTION } from './config';

/** The users of the gated connection other than the reconciler's lease user and tombstones. */
export function declaredUsers(emulator: RunningEmulator) {
  return emulator.state.data.users.filter((u) => u.connection === CONNECTION && !isLeaseAddress(u.email));
}

/** A user of the gated connection by email. */
export function userOf(emulator: RunningEmulator, email: string) {
  return emulator.state.data.users.find((u) => u.connection === CONNECTION && u.email === email);
}

export function invitationStatus(user: { app_metadata: Record<string, unknown> }): string | undefined {
  const invitation = user.app_metadata.invitation as { status?: string } | undefined;
  return invitation?.status;
}

/** Tickets the tenant issued per invitee email. */
export function ticketsPerInvitee(emulator: RunningEmulator): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ticket of emulator.state.data.tickets) {
    const user = emulator.state.usersById.get(ticket.user_id);
    if (user) counts.set(user.email, (counts.get(user.email) ?? 0) + 1);
  }
  return counts;
}

/** Lets a crashed holder's lease run out without waiting: its expiry is moved into the past. */
export function expireLease(emulator: RunningEmulator): boolean {
  const user = userOf(emulator, LEASE_EMAIL);
  const record = user?.app_metadata[LEASE_KEY] as { expires_at?: string } | undefined;
  if (!record) return false;
  record.expires_at = new Date(0).toISOString();
  emulator.state.changed();
  return true;
}
