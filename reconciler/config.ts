// Settings shared by the reconciler and the cdktf stack, read from `invitation.config.yaml`. The JSON Schema in
// `schemas/invitation.config.schema.json` is the authority: the type is derived from it as the loader returns it,
// defaults applied (a setting with a default is always present). No secrets here: those come from the environment.
import type { FromSchema } from 'json-schema-to-ts';
import type { CONFIG_SCHEMA } from './config-schema.generated';

export type InvitationConfig = FromSchema<typeof CONFIG_SCHEMA>;

export type TicketSettings = InvitationConfig['tickets'];
export type BatchingSettings = InvitationConfig['batching'];
export type StackEnvironment = InvitationConfig['stack']['environments'][number];
