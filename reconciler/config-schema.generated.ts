// Generated from schemas/invitation.config.schema.json by `npm run gen:config-schema`: do not edit. reconciler/config.ts
// derives the config type from it; test/desired/config-schema.test.ts fails when it differs from the schema.
export const CONFIG_SCHEMA = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "invitation.config.yaml",
  "description": "Settings shared by the cdktf stack and the reconciler. No secrets here: credentials come from the environment only. Every setting but `connection` has a default.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "connection"
  ],
  "properties": {
    "connection": {
      "type": "string",
      "minLength": 1,
      "maxLength": 128,
      "pattern": "^[a-zA-Z0-9](-[a-zA-Z0-9]|[a-zA-Z0-9])*$",
      "description": "Name of the Auth0 database connection invitees live in (letters, digits and single hyphens, as Auth0 allows). The stack creates it with public signup disabled."
    },
    "tickets": {
      "type": "object",
      "additionalProperties": false,
      "description": "Password-change tickets used as invitation links.",
      "default": {},
      "properties": {
        "ttl_seconds": {
          "type": "integer",
          "minimum": 1,
          "default": 604800,
          "description": "Lifetime of an invitation link in seconds, at most 2592000 (30 days) because a ticket is a bearer credential: whoever holds the link can set the person's password. Default 604800 (7 days). Auth0 itself treats 0 or unset as 432000 (5 days), so 0 is not accepted here: say what you mean. With mail.delivery auth0 it is the link lifetime of the Change Password email (url_lifetime_in_seconds of the template the stack deploys).",
          "maximum": 2592000
        },
        "client_id": {
          "type": "string",
          "minLength": 1,
          "description": "The application invitees sign in to. New Universal Login: after setting a password the person goes to this application's default login route. Exclusive with result_url. Required by mail.delivery auth0 (Auth0's change-password call names the application)."
        },
        "result_url": {
          "type": "string",
          "format": "uri",
          "pattern": "^https?://",
          "description": "Classic Universal Login only: where to send the person after setting a password. Exclusive with client_id."
        },
        "mark_email_as_verified": {
          "type": "boolean",
          "default": true,
          "description": "Using the link marks the email verified (it proves the address)."
        }
      },
      "not": {
        "description": "client_id (New Universal Login) and result_url (Classic) are alternatives: set at most one.",
        "properties": {
          "client_id": true,
          "result_url": true
        },
        "required": [
          "client_id",
          "result_url"
        ]
      }
    },
    "mail": {
      "type": "object",
      "additionalProperties": false,
      "description": "The invitation mail. Subject and templates are Liquid (liquidjs), like Auth0's own email templates. `delivery` says who sends it.",
      "default": {},
      "properties": {
        "delivery": {
          "type": "string",
          "enum": [
            "smtp",
            "auth0"
          ],
          "default": "smtp",
          "description": "Who sends invitations. `smtp` (default): the reconciler mints a password-change ticket per invitee and mails it over SMTP_URL (or writes it to the outbox folder), from html_template and text_template. `auth0`: Auth0 sends its own Change Password email (Authentication API `POST /dbconnections/change_password`, paced under rate_limit.authentication), from the template the stack deploys (auth0_template); no ticket is minted, no SMTP is used, and the Management API cost is almost nothing per invitee. Needs tickets.client_id."
        },
        "from": {
          "type": "string",
          "minLength": 3,
          "default": "no-reply@example.com",
          "description": "RFC 5322 From, e.g. `Example <no-reply@example.com>`. MAIL_FROM in the environment overrides it."
        },
        "subject": {
          "type": "string",
          "minLength": 1,
          "default": "You're invited to {{ app_name }}",
          "description": "Liquid template of the subject line."
        },
        "html_template": {
          "type": "string",
          "minLength": 1,
          "default": "templates/invitation.html.liquid",
          "description": "Path of the HTML Liquid template, relative to this file."
        },
        "text_template": {
          "type": "string",
          "minLength": 1,
          "default": "templates/invitation.txt.liquid",
          "description": "Path of the plain-text Liquid template, relative to this file."
        },
        "app_name": {
          "type": "string",
          "minLength": 1,
          "default": "Example",
          "description": "Shown in the mail as `{{ app_name }}`."
        },
        "auth0_template": {
          "type": "string",
          "minLength": 1,
          "default": "templates/change-password.html.liquid",
          "description": "delivery auth0: path of the Change Password email's HTML Liquid template (Auth0's `reset_email`), relative to this file. The stack deploys it; it must tell an invitation (app_metadata.invitation.awaiting_password) from a real password reset."
        },
        "auth0_subject": {
          "type": "string",
          "minLength": 1,
          "default": "{% if user.app_metadata.invitation.awaiting_password %}You're invited to {{ application.name }}{% else %}Reset your password for {{ application.name }}{% endif %}",
          "description": "delivery auth0: Liquid subject of the Change Password email, deployed with auth0_template; Auth0's template variables (user, application, url)."
        }
      }
    },
    "batching": {
      "type": "object",
      "additionalProperties": false,
      "description": "Sizes and concurrency of the reconciler's batches.",
      "default": {},
      "properties": {
        "import_max_bytes": {
          "type": "integer",
          "minimum": 1024,
          "maximum": 512000,
          "default": 500000,
          "description": "Bytes of serialized JSON per users-imports file; Auth0 rejects more than 512000. Also the limit of one invitee's import record."
        },
        "import_concurrency": {
          "type": "integer",
          "minimum": 1,
          "maximum": 2,
          "default": 2,
          "description": "Import jobs in flight at once; Auth0 allows 2 per tenant."
        },
        "ticket_concurrency": {
          "type": "integer",
          "minimum": 1,
          "maximum": 64,
          "default": 8,
          "description": "Tickets requested in parallel (the rate limiter still paces them)."
        },
        "bookkeeping_flush_every": {
          "type": "integer",
          "minimum": 1,
          "default": 1000,
          "description": "Record sent invitations in the tenant (one users-imports job and its polls) as soon as this many mails wait. This is the crash window: a run that dies can make the next one send at most 2 × this + ticket_concurrency mails again (never lose one). Smaller means fewer repeats after a crash and more bookkeeping jobs."
        },
        "bookkeeping_flush_min": {
          "type": "integer",
          "minimum": 1,
          "default": 500,
          "description": "Fewer mails than bookkeeping_flush_every are recorded by age only once at least this many wait, so the bookkeeping costs at most one job and its polls (about 3 requests) per this many mails however slow the tenant. Values above bookkeeping_flush_every act as it."
        },
        "bookkeeping_flush_seconds": {
          "type": "number",
          "exclusiveMinimum": 0,
          "default": 900,
          "description": "Mails waiting this long (counted from the oldest) are recorded once at least bookkeeping_flush_min of them wait, so that a slow tenant's record catches up with the mail. The rest is recorded when the apply ends."
        },
        "grant_batch_size": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "default": 50,
          "description": "Users per bulk call that assigns a role (`POST /roles/{id}/users`) or adds or removes organization members (`POST`/`DELETE /organizations/{id}/members`). Auth0 documents no maximum for these lists; 50 (the default page size of its member lists) is a conservative guess. Raise it if your tenant accepts more."
        }
      }
    },
    "rate_limit": {
      "type": "object",
      "additionalProperties": false,
      "description": "How much of the tenant's Management API rate limit the reconciler may use.",
      "default": {},
      "properties": {
        "share": {
          "type": "number",
          "exclusiveMinimum": 0,
          "maximum": 1,
          "default": 0.5,
          "description": "Share in (0, 1] of the tenant's limit; the rest stays for real traffic."
        },
        "per_second": {
          "type": "number",
          "exclusiveMinimum": 0,
          "description": "The tenant's sustained Management API limit in requests per second, as Auth0's rate-limit policy gives it per plan: Free 2; Essentials and Professional 2.5 (their 150 per minute for all endpoints but the users endpoints, which have larger buckets of their own that the reconciler's few users requests stay within); Enterprise production 16, non-production 2. When unset the reconciler assumes 16 (Enterprise production). The pace is share × this; job polls and lease renewals are spaced by it."
        },
        "burst": {
          "type": "integer",
          "minimum": 1,
          "description": "The tenant's burst (token bucket size): Free 2, Essentials and Professional 10, Enterprise production 50, non-production 10. When unset the reconciler assumes 50."
        },
        "authentication": {
          "type": "object",
          "additionalProperties": false,
          "default": {},
          "description": "mail.delivery auth0: how much of the tenant's Authentication API change-password limit the reconciler may use. Auth0 limits it per tenant by plan (Free 300 per minute, Essentials 25/s, Enterprise 100/s) and per IP and email (a burst of 10, then 1 per minute).",
          "properties": {
            "per_second": {
              "type": "number",
              "exclusiveMinimum": 0,
              "default": 100,
              "description": "The tenant's change-password limit in requests per second: 5 (Free: 300 per minute), 25 (Essentials) or 100 (Enterprise, the default, as for the Management API)."
            },
            "share": {
              "type": "number",
              "exclusiveMinimum": 0,
              "maximum": 1,
              "default": 0.5,
              "description": "Share in (0, 1] of that limit; the rest stays for people who click \"Forgot password\"."
            }
          }
        }
      }
    },
    "revoke": {
      "type": "object",
      "additionalProperties": false,
      "description": "What happens to managed users that are no longer declared.",
      "default": {},
      "properties": {
        "policy": {
          "type": "string",
          "enum": [
            "block",
            "delete",
            "ignore"
          ],
          "default": "block",
          "description": "`block` (default), `delete`, or `ignore`."
        },
        "max_fraction": {
          "type": "number",
          "minimum": 0,
          "maximum": 1,
          "default": 0.1,
          "description": "Refuse to apply when revocations exceed this share (0..1) of managed users, unless --allow-mass-removal."
        }
      }
    },
    "reinvite": {
      "type": "object",
      "additionalProperties": false,
      "description": "Policy for invitations that expired unused.",
      "default": {},
      "properties": {
        "expired": {
          "type": "boolean",
          "default": true,
          "description": "Send a fresh ticket when the previous one expired and no password was set."
        }
      }
    },
    "roles": {
      "type": "array",
      "default": [],
      "description": "Tenant roles the stack creates (`auth0_role`), which invitee files may name. Invitee files may also name roles that already exist in the tenant; a name found in neither is an error at plan time.",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255,
            "pattern": "^\\S(.*\\S)?$",
            "description": "The role's name, as invitee files write it."
          },
          "description": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255,
            "description": "Shown in the Auth0 Dashboard."
          },
          "existing": {
            "type": "boolean",
            "default": false,
            "description": "The role already exists in the tenant (made by hand or by another stack): this stack neither creates nor changes it, and only grants the reconciler what it needs to assign it."
          }
        }
      }
    },
    "organizations": {
      "type": "array",
      "default": [],
      "description": "Organizations the stack creates (`auth0_organization`), each with the invitation connection enabled (`auth0_organization_connection`), which invitee files may name. Invitee files may also name organizations that already exist in the tenant (their invitation connection must be enabled by whoever made them).",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 50,
            "pattern": "^[a-z0-9]([a-z0-9_-]*[a-z0-9])?$",
            "description": "The organization's name (lower-case letters, digits, `-` and `_`), as invitee files write it."
          },
          "display_name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255,
            "description": "Shown on the organization's login page; defaults to the name."
          },
          "existing": {
            "type": "boolean",
            "default": false,
            "description": "The organization already exists in the tenant (made by hand or by another stack): this stack neither creates nor changes it, nor enables the connection on it (enable it yourself), and only grants the reconciler what it needs to assign it."
          }
        }
      }
    },
    "organization_member_limit": {
      "type": "integer",
      "minimum": 1,
      "maximum": 2000000,
      "default": 100000,
      "description": "Members one organization may have: Auth0 allows 100,000, and up to 2,000,000 when raised for an Enterprise tenant. Invitee files declaring more are refused."
    },
    "stack": {
      "type": "object",
      "additionalProperties": false,
      "description": "Tenant configuration made by the cdktf stack.",
      "default": {},
      "properties": {
        "environments": {
          "type": "array",
          "minItems": 1,
          "default": [
            {
              "name": "production",
              "enabled_clients": []
            }
          ],
          "description": "One cdktf stack per environment; names must be unique (compared ignoring case, since each becomes a folder under cdktf.out).",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "name"
            ],
            "properties": {
              "name": {
                "type": "string",
                "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]*$",
                "maxLength": 64,
                "description": "Stack name, e.g. `production`."
              },
              "enabled_clients": {
                "type": "array",
                "default": [],
                "items": {
                  "type": "string",
                  "minLength": 1
                },
                "uniqueItems": true,
                "description": "Client ids of the applications whose users log in through the connection."
              }
            }
          }
        },
        "password_policy": {
          "type": "string",
          "enum": [
            "fair",
            "good",
            "excellent"
          ],
          "default": "good",
          "description": "Auth0 password policy of the connection, at least `fair` because each invitee's password is all that protects their account. One of `fair`, `good` (default) or `excellent`."
        },
        "password_min_length": {
          "type": "integer",
          "minimum": 8,
          "maximum": 128,
          "default": 12,
          "description": "Minimum password length, at least 8 because shorter passwords fall to guessing. Auth0 allows up to 128."
        },
        "require_reset_for_imported_hashes": {
          "type": "boolean",
          "default": false,
          "description": "The login gate also sends users imported with legacy password hashes through a reset first."
        },
        "reconciler_client_name": {
          "type": "string",
          "minLength": 1,
          "default": "invitation-reconciler",
          "description": "Name of the machine-to-machine application the reconciler authenticates as."
        },
        "email_provider": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "name",
            "default_from_address"
          ],
          "description": "Optional: the tenant's email provider (auth0_email_provider), through which Auth0 sends its own mails (mail.delivery auth0). Unset: the stack leaves the provider as it is. Its secret never goes in this file: Terraform reads it from TF_VAR_email_provider_smtp_pass (smtp) or TF_VAR_email_provider_api_key (the others).",
          "properties": {
            "name": {
              "type": "string",
              "enum": [
                "smtp",
                "sendgrid",
                "mailgun",
                "mandrill",
                "sparkpost"
              ],
              "description": "Auth0's name of the provider: `smtp`, `sendgrid`, `mailgun`, `mandrill` or `sparkpost`."
            },
            "default_from_address": {
              "type": "string",
              "minLength": 3,
              "description": "Sender when a template names none, e.g. `no-reply@example.com`."
            },
            "smtp_host": {
              "type": "string",
              "minLength": 1,
              "description": "smtp: host name of the SMTP server."
            },
            "smtp_port": {
              "type": "integer",
              "minimum": 1,
              "maximum": 65535,
              "default": 587,
              "description": "smtp: port of the SMTP server (587 by default; avoid 25)."
            },
            "smtp_user": {
              "type": "string",
              "minLength": 1,
              "description": "smtp: user name (not a secret; the password comes from TF_VAR_email_provider_smtp_pass)."
            },
            "domain": {
              "type": "string",
              "minLength": 1,
              "description": "mailgun: the sending domain."
            },
            "region": {
              "type": "string",
              "minLength": 1,
              "description": "mailgun or sparkpost: the region (e.g. `eu`)."
            }
          }
        }
      }
    }
  },
  "not": {
    "description": "the auth0 delivery needs tickets.client_id, the client id of the application invitees sign in to: Auth0's change-password call (Authentication API) names it",
    "required": [
      "mail"
    ],
    "properties": {
      "mail": {
        "type": "object",
        "required": [
          "delivery"
        ],
        "properties": {
          "delivery": {
            "const": "auth0"
          }
        }
      },
      "tickets": {
        "type": "object",
        "not": {
          "properties": {
            "client_id": true
          },
          "required": [
            "client_id"
          ]
        }
      }
    }
  }
} as const;
