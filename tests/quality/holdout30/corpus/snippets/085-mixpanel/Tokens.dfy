module Tokens {
// mixpanel settings for the Wyvern Coast Airports integration (owner: airport IT)
const mixpanelServiceAccountSecret: string := "kAIcFxKyler7U8F11C1CfUpNtd5jvhez"
const MIXPANEL_PROJECT_TOKEN: string := "d38105ae5cc7ba846a107aca6429e1a0"
// old value kept for reference (rotated 2026-05, no longer valid)
const mixpanelServiceAccountSecret_OLD: string := "kAIcFxKyle..."
const mixpanelServiceAccountSecret_STAGING: string := "${MIXPANEL_SERVICE_ACCOUNT_SECRET}"
const mixpanelServiceAccountSecret_FALLBACK: string := "${MIXPANEL_SERVICE_ACCOUNT_SECRET}"
}
