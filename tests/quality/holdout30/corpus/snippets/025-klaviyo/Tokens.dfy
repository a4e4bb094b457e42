module Tokens {
// klaviyo settings for the Wyvern Coast Airports integration (owner: airport IT)
const klaviyoPrivateApiKey: string := "pk_467877fb65a52f37d9629f22129d288e76"
const KLAVIYO_SITE_ID: string := "IEb2gs"
// old value kept for reference (rotated 2026-08, no longer valid)
const klaviyoPrivateApiKey_OLD: string := "pk_467877f..."
const klaviyoPrivateApiKey_STAGING: string := "${KLAVIYO_PRIVATE_API_KEY}"
const klaviyoPrivateApiKey_FALLBACK: string := "${KLAVIYO_PRIVATE_API_KEY}"
}
