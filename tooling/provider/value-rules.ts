// Value-level rules on top of the provider schema, which says nothing about values: allow-lists for the
// enum-like values the stack sets, taken from the provider's validation and documentation (v1.55.0).
import { isExpression, isRecord } from './json-values';

/**
 * A value-level rule: at `path` (attribute names and block names from the resource's top level) of every resource
 * of `resourceType`, a literal string value must be one of `allowed`. Terraform expressions are not checked.
 * `when` narrows the rule to block instances whose sibling attribute has a given value (trigger versions per id).
 */
export interface ValueRule {
  resourceType: string;
  path: readonly string[];
  allowed: readonly string[];
  when?: { attribute: string; equals: string };
}

/** The trigger ids Actions and bindings take (provider v1.55.0, auth0_trigger_action `trigger`). */
const TRIGGER_IDS = [
  'post-login',
  'credentials-exchange',
  'pre-user-registration',
  'post-user-registration',
  'post-change-password',
  'send-phone-message',
  'password-reset-post-challenge',
  'custom-email-provider',
  'custom-phone-provider',
  'login-post-identifier',
  'signup-post-identifier',
] as const;

/**
 * Current versions of the triggers an Action may declare in `supported_triggers`. An Action for a trigger missing
 * here is rejected until someone adds the trigger with its current version (deliberately: a typo such as `v33`
 * or `post_login` must fail here, not at deploy time).
 */
const TRIGGER_VERSIONS: Record<string, readonly string[]> = {
  'post-login': ['v3'],
  'credentials-exchange': ['v2'],
  'pre-user-registration': ['v2'],
  'post-user-registration': ['v2'],
  'post-change-password': ['v2'],
  'send-phone-message': ['v2'],
};

/** The database and social strategies auth0_connection accepts (provider's validation of `strategy`). */
const CONNECTION_STRATEGIES = [
  'ad', 'adfs', 'amazon', 'apple', 'dropbox', 'bitbucket', 'aol', 'auth0-adldap', 'auth0-oidc', 'auth0', 'baidu',
  'bitly', 'box', 'custom', 'daccount', 'dwolla', 'email', 'evernote-sandbox', 'evernote', 'exact', 'facebook',
  'fitbit', 'flickr', 'github', 'google-apps', 'google-oauth2', 'guardian', 'instagram', 'ip', 'linkedin', 'miicard',
  'oauth1', 'oauth2', 'office365', 'oidc', 'okta', 'paypal', 'paypal-sandbox', 'pingfederate', 'planningcenter',
  'renren', 'salesforce-community', 'salesforce-sandbox', 'salesforce', 'samlp', 'sharepoint', 'shopify', 'sms',
  'soundcloud', 'thecity-sandbox', 'thecity', 'thirtysevensignals', 'twitter', 'untappd', 'vkontakte', 'waad',
  'weibo', 'windowslive', 'wordpress', 'yahoo', 'yammer', 'yandex', 'line',
] as const;

/** auth0_client `app_type` values (provider v1.55.0 documentation). */
const CLIENT_APP_TYPES = [
  'native', 'spa', 'regular_web', 'non_interactive', 'resource_server', 'sso_integration', 'rms', 'box', 'cloudbees',
  'concur', 'dropbox', 'mscrm', 'echosign', 'egnyte', 'newrelic', 'office365', 'salesforce', 'sentry', 'sharepoint',
  'slack', 'springcm', 'zendesk', 'zoom', 'express_configuration',
] as const;

/** auth0_email_template `template` names (provider v1.55.0 documentation). */
const EMAIL_TEMPLATES = [
  'verify_email', 'verify_email_by_code', 'reset_email', 'reset_email_by_code', 'welcome_email', 'blocked_account',
  'stolen_credentials', 'enrollment_email', 'mfa_oob_code', 'user_invitation', 'change_password', 'password_reset',
  'async_approval',
] as const;

/** auth0_email_provider `name` values (provider v1.55.0 documentation). */
const EMAIL_PROVIDERS = ['azure_cs', 'custom', 'mailgun', 'mandrill', 'ms365', 'sendgrid', 'ses', 'smtp', 'sparkpost'] as const;

/** Allow-lists for the enum-like values the stack sets. Add a rule when the stack sets another such value. */
export const VALUE_RULES: readonly ValueRule[] = [
  // node12 and node16 are documented as possible but no longer accepted for new Actions.
  { resourceType: 'auth0_action', path: ['runtime'], allowed: ['node18', 'node22'] },
  { resourceType: 'auth0_action', path: ['supported_triggers', 'id'], allowed: Object.keys(TRIGGER_VERSIONS) },
  ...Object.entries(TRIGGER_VERSIONS).map(([id, versions]) => ({
    resourceType: 'auth0_action',
    path: ['supported_triggers', 'version'],
    allowed: versions,
    when: { attribute: 'id', equals: id },
  })),
  { resourceType: 'auth0_trigger_action', path: ['trigger'], allowed: TRIGGER_IDS },
  { resourceType: 'auth0_connection', path: ['strategy'], allowed: CONNECTION_STRATEGIES },
  { resourceType: 'auth0_connection', path: ['options', 'password_policy'], allowed: ['none', 'low', 'fair', 'good', 'excellent'] },
  { resourceType: 'auth0_client', path: ['app_type'], allowed: CLIENT_APP_TYPES },
  { resourceType: 'auth0_email_template', path: ['template'], allowed: EMAIL_TEMPLATES },
  { resourceType: 'auth0_email_template', path: ['syntax'], allowed: ['liquid'] },
  { resourceType: 'auth0_email_provider', path: ['name'], allowed: EMAIL_PROVIDERS },
];

/** The instances of a block or the values of an attribute under `body`, one level down; a block may be a list. */
function childInstances(value: unknown, path: string): Array<{ value: unknown; path: string }> {
  if (Array.isArray(value)) return value.map((item, i) => ({ value: item, path: `${path}[${i}]` }));
  return [{ value, path }];
}

/** Applies the value rules of `resourceType` to one resource body; returns the problems. */
export function checkValueRules(
  resourceType: string,
  body: Record<string, unknown>,
  path: string,
  rules: readonly ValueRule[] = VALUE_RULES,
): string[] {
  const problems: string[] = [];
  for (const rule of rules) {
    if (rule.resourceType !== resourceType) continue;
    // Walk down to the objects that hold the rule's last attribute.
    let holders: Array<{ value: unknown; path: string }> = [{ value: body, path }];
    for (const segment of rule.path.slice(0, -1)) {
      holders = holders.flatMap((holder) =>
        isRecord(holder.value) && segment in holder.value
          ? childInstances(holder.value[segment], `${holder.path}.${segment}`)
          : [],
      );
    }
    const attribute = rule.path[rule.path.length - 1]!;
    for (const holder of holders) {
      if (!isRecord(holder.value) || !(attribute in holder.value)) continue;
      if (rule.when && holder.value[rule.when.attribute] !== rule.when.equals) continue;
      for (const item of childInstances(holder.value[attribute], `${holder.path}.${attribute}`)) {
        if (typeof item.value !== 'string' || isExpression(item.value)) continue; // types are checked elsewhere
        if (!rule.allowed.includes(item.value)) {
          const context = rule.when ? ` for ${rule.when.attribute} ${JSON.stringify(rule.when.equals)}` : '';
          problems.push(
            `${item.path}: ${JSON.stringify(item.value)} is not an allowed value${context} (allowed: ${rule.allowed.join(', ')})`,
          );
        }
      }
    }
  }
  return problems;
}
