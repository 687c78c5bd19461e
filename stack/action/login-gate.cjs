// Auth0 post-login Action (trigger post-login v3, runtime node22): the invitation gate.
//
// Deployed by the cdktf stack (stack/invitation-stack.ts) with two Action secrets, which is how the stack hands
// its settings to this code:
//   GATED_CONNECTION                   name of the invitation-only database connection
//   REQUIRE_RESET_FOR_IMPORTED_HASHES  "true" | "false"
//
// Decisions, in order:
//   1. Logins through any other connection pass untouched.
//   2. No app_metadata.invitation: the user was never invited (created by hand, or by something else): deny.
//   3. Reset option on, app_metadata.legacy_password_hash set to anything but false or null (true, "true", 1, …)
//      and no last_password_reset: the user was imported with a password hash from a legacy system and must
//      choose a new password first: deny. Any marker value counts, so that a migration that wrote "true" or 1
//      instead of true cannot silently switch the reset off (fail closed).
//   4. Status pending or invited and no last_password_reset: the invitation was not accepted yet: deny, saying
//      to use the link in the invitation mail (or ask for a new one if it expired).
//   5. Status adopted (an account that existed before), or pending/invited with a password set: allow.
//   6. Any other status: deny (fail closed; the reconciler writes only the three statuses above).
//
// Acceptance is read from event.user.last_password_reset, which Auth0 sets when a password is changed or reset
// (the invitation ticket) and which "does not exist" when a user is created. This Action never writes
// app_metadata: the reconciler owns app_metadata.invitation and nothing may race its bookkeeping.
'use strict';

/** The app_metadata key a legacy migration sets on users it imports with password_hash/custom_password_hash. */
const LEGACY_HASH_MARKER = 'legacy_password_hash';

const MESSAGES = {
  notInvited: 'Access to this application is by invitation only. Ask your administrator for an invitation.',
  notAccepted:
    'Your invitation has not been accepted yet. Open the link in your invitation email to set your password, ' +
    'then sign in. If the link has expired, ask your administrator to send you a new invitation.',
  legacyReset:
    'Your account was moved from our previous system. Please reset your password with "Forgot password" ' +
    'before you sign in for the first time.',
  unknownStatus: 'Your invitation is not in a state that allows sign-in. Ask your administrator for help.',
};

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Absent, null and false mean "no legacy hash"; every other value (true, "true", 1, {…}) means one. */
function hasLegacyHashMarker(appMetadata) {
  const marker = appMetadata[LEGACY_HASH_MARKER];
  return marker !== undefined && marker !== null && marker !== false;
}

function hasSetPassword(user) {
  return typeof user.last_password_reset === 'string' && user.last_password_reset !== '';
}

/**
 * Pure decision for one login: `{ allow: true }` or `{ allow: false, reason }`.
 * Exported for unit tests; Auth0 only calls onExecutePostLogin.
 */
function decide(event) {
  const secrets = isObject(event.secrets) ? event.secrets : {};
  const gatedConnection = secrets.GATED_CONNECTION;
  const connectionName = isObject(event.connection) ? event.connection.name : undefined;
  // Without its setting the gate cannot tell which logins it guards: fail closed rather than open.
  if (typeof gatedConnection !== 'string' || gatedConnection === '') {
    return { allow: false, reason: 'Sign-in is temporarily unavailable (login gate not configured).' };
  }
  if (connectionName !== gatedConnection) return { allow: true };

  const user = isObject(event.user) ? event.user : {};
  const appMetadata = isObject(user.app_metadata) ? user.app_metadata : {};
  const invitation = appMetadata.invitation;
  if (!isObject(invitation)) return { allow: false, reason: MESSAGES.notInvited };

  const passwordSet = hasSetPassword(user);
  const requireResetForImportedHashes = secrets.REQUIRE_RESET_FOR_IMPORTED_HASHES === 'true';
  if (requireResetForImportedHashes && hasLegacyHashMarker(appMetadata) && !passwordSet) {
    return { allow: false, reason: MESSAGES.legacyReset };
  }

  switch (invitation.status) {
    case 'adopted':
      return { allow: true };
    case 'pending':
    case 'invited':
      return passwordSet ? { allow: true } : { allow: false, reason: MESSAGES.notAccepted };
    default:
      return { allow: false, reason: MESSAGES.unknownStatus };
  }
}

exports.onExecutePostLogin = async (event, api) => {
  const decision = decide(event);
  if (!decision.allow) api.access.deny(decision.reason);
};

exports.decide = decide;
exports.LEGACY_HASH_MARKER = LEGACY_HASH_MARKER;
exports.MESSAGES = MESSAGES;
