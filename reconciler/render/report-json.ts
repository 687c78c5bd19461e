// The apply report as JSON for machines. Schema: docs/json-output.md and docs/json-output.schema.json.
import { escapeJsonText } from '../escape';
import type { ActionKind, ApplyReport, ApplyStop, DeliveryName, FailureStage, InviteeFailure, SourceLocation } from '../model';
import type { RenderOptions } from './options';
import { JSON_SCHEMA_VERSION } from './plan-json';
import { safeMessage, shownEmail } from './safe-text';

export interface JsonFailure {
  email: string;
  source: SourceLocation | null;
  action: ActionKind;
  stage: FailureStage;
  code: string | null;
  job_id: string | null;
  message: string;
}

export interface JsonReport {
  schema_version: 1;
  type: 'report';
  emails_masked: boolean;
  summary: { invited: number; resumed: number; reinvited: number; updated: number; adopted: number; revoked: number; failed: number; not_started: number };
  requests: number;
  /** Who sent the invitations (`mail.delivery`), and with `auth0` the change-password requests sent. */
  delivery: { name: DeliveryName; change_password_requests: number | null } | null;
  duration_ms: number;
  failures: JsonFailure[];
  stopped: { reason: ApplyStop['reason']; message: string } | null;
}

export function reportToJson(report: ApplyReport, options: RenderOptions = {}): JsonReport {
  return {
    schema_version: JSON_SCHEMA_VERSION,
    type: 'report',
    emails_masked: options.maskEmails === true,
    summary: {
      invited: report.invited,
      resumed: report.resumed,
      reinvited: report.reinvited,
      updated: report.updated,
      adopted: report.adopted,
      revoked: report.revoked,
      failed: report.failures.length,
      not_started: report.notStarted,
    },
    requests: report.requests,
    delivery: report.delivery ? { name: report.delivery.name, change_password_requests: report.delivery.changePasswordRequests ?? null } : null,
    duration_ms: Math.round(report.durationMs),
    failures: report.failures.map((failure) => jsonFailure(failure, options)),
    stopped: report.stopped ? { reason: report.stopped.reason, message: safeMessage(report.stopped.message, options) } : null,
  };
}

export function renderReportJson(report: ApplyReport, options: RenderOptions = {}): string {
  return `${escapeJsonText(JSON.stringify(reportToJson(report, options), null, 2))}\n`;
}

function jsonFailure(failure: InviteeFailure, options: RenderOptions): JsonFailure {
  return {
    email: shownEmail(failure.email, options),
    source: failure.source === undefined ? null : { ...failure.source },
    action: failure.action,
    stage: failure.stage,
    code: failure.code ?? null,
    job_id: failure.jobId ?? null,
    message: safeMessage(failure.message, options),
  };
}
