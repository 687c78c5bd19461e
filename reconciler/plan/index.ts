// The planner's public surface.
export { plan } from './plan.js';
export { declaredChanges } from './changes.js';
export { readInvitation, isAccepted, isExpired } from './invitation.js';
export { massRemovalRefusal } from './removal-guard.js';
export {
  type ImportRecord,
  targetMetadata,
  targetUserMetadata,
  newUserRecord,
  upsertRecord,
  recordBytes,
  packBatches,
} from './records.js';
