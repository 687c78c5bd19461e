// The plan as JSON for machines. Schema: docs/json-output.md and docs/json-output.schema.json (schema_version 1).
// Keys are always present (null when empty) so consumers need no existence checks; field order is fixed.
// The document's values are the data as is; its text has every unprintable character as a `\uXXXX` escape
// (escape.ts), so printing it forges no line and hides nothing, and parsing it gives the same values.
import { escapeJsonText } from '../escape';
import type { ActionKind, Change, DeliveryName, Finding, GrantChange, Plan, PlanAction, SourceLocation } from '../model';
import { changeOp, type ChangeOp } from './changes';
import { maskEmailsIn } from './mask';
import type { RenderOptions } from './options';
import { safeMessage, shownEmail } from './safe-text';
import { actionChanges, actionGrants, heldReason, type HeldReason } from './summary';

export const JSON_SCHEMA_VERSION = 1;

export interface JsonChange {
  field: string;
  op: ChangeOp;
  /** Present unless op is `add`. */
  from?: unknown;
  /** Present unless op is `remove`. */
  to?: unknown;
}

export interface JsonPlanAction {
  action: ActionKind;
  email: string;
  source: SourceLocation | null;
  revoke_mode: 'block' | 'delete' | null;
  /** For `held` only: why the user is left alone. */
  held_reason: HeldReason | null;
  changes: JsonChange[];
  /** Roles and memberships to add or remove, as planned (plan/grants.ts). */
  grants: GrantChange[];
}

export interface JsonFinding {
  kind: Finding['kind'];
  file: string | null;
  email: string | null;
  message: string;
}

/** What the apply will cost (plan/estimate.ts). */
export interface JsonEstimate {
  requests: number;
  duration_seconds: number;
  requests_per_second: number;
  /** `mail.delivery: auth0`: Authentication API requests (one per invitation); else null. */
  change_password_requests: number | null;
}

export interface JsonPlan {
  schema_version: 1;
  type: 'plan';
  emails_masked: boolean;
  summary: Record<ActionKind | 'unmanaged', number>;
  estimate: JsonEstimate | null;
  /** Who sends the invitations (`mail.delivery`), when known. */
  delivery: DeliveryName | null;
  refusal: string | null;
  actions: JsonPlanAction[];
  findings: JsonFinding[];
}

export function planToJson(plan: Plan, options: RenderOptions = {}): JsonPlan {
  return {
    schema_version: JSON_SCHEMA_VERSION,
    type: 'plan',
    emails_masked: options.maskEmails === true,
    summary: { ...plan.counts, unmanaged: plan.unmanaged.length },
    estimate: options.estimate
      ? {
          requests: options.estimate.requests,
          duration_seconds: Math.round(options.estimate.durationMs / 1000),
          requests_per_second: options.estimate.requestsPerSecond,
          change_password_requests: options.estimate.changePasswords?.requests ?? null,
        }
      : null,
    delivery: plan.delivery ?? null,
    refusal: plan.refusal ?? null,
    actions: plan.actions.map((action) => jsonAction(action, options)),
    findings: plan.findings.map((finding) => ({
      kind: finding.kind,
      file: finding.file ?? null,
      email: finding.email === undefined ? null : shownEmail(finding.email, options),
      message: safeMessage(finding.message, options),
    })),
  };
}

/** Pretty-printed, newline-terminated; byte-identical for the same plan. */
export function renderPlanJson(plan: Plan, options: RenderOptions = {}): string {
  return `${escapeJsonText(JSON.stringify(planToJson(plan, options), null, 2))}\n`;
}

function jsonAction(action: PlanAction, options: RenderOptions): JsonPlanAction {
  return {
    action: action.kind,
    email: shownEmail(action.email, options),
    source: action.kind === 'revoke' ? null : { ...action.invitee.source },
    revoke_mode: action.kind === 'revoke' ? action.mode : null,
    held_reason: action.kind === 'held' ? heldReason(action) : null,
    changes: actionChanges(action).map((change) => jsonChange(change, options)),
    grants: actionGrants(action).map((grant) => ({ ...grant })),
  };
}


function jsonChange(change: Change, options: RenderOptions): JsonChange {
  const op = changeOp(change);
  const value = (v: unknown) => (options.maskEmails ? maskValue(v) : v);
  return {
    field: change.field,
    op,
    ...(op !== 'add' ? { from: value(change.from) } : {}),
    ...(op !== 'remove' ? { to: value(change.to) } : {}),
  };
}

/** Masks addresses inside any JSON value (strings at any depth), keeping its shape. */
function maskValue(value: unknown): unknown {
  if (typeof value === 'string') return maskEmailsIn(value);
  if (Array.isArray(value)) return value.map(maskValue);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, maskValue(inner)]));
  }
  return value;
}
