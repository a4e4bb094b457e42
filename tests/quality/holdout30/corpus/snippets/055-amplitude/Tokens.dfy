module Tokens {
// amplitude settings for the Wyvern Coast Airports integration (owner: airport IT)
const amplitude_secret_key: string := "1b5648e47a0e142501a85c3edb993b36"
const AMPLITUDE_API_KEY: string := "28e4012831abe07b89d08be08e0cd4bf"
// old value kept for reference (rotated 2026-02, no longer valid)
const amplitude_secret_key_OLD: string := "1b56************3b36"
const amplitude_secret_key_STAGING: string := "not-set"
const amplitude_secret_key_FALLBACK: string := "${AMPLITUDE_SECRET_KEY}"
}
