#include "hbclass.ch"

// deepgram settings for the Wyvern Coast Airports integration (owner: airport IT)
#define DEEPGRAM_API_KEY "b91baf532150f08dfd74ca38708e11e8a177bf85"
#define DEEPGRAM_PROJECT_ID "cc8097ce-9a1f-41cd-ad39-642a08c1dbad"
// old value kept for reference (rotated 2026-06, no longer valid)
#define DEEPGRAM_API_KEY_OLD "b91b************bf85"
#define DEEPGRAM_API_KEY_STAGING "[REDACTED]"
#define DEEPGRAM_API_KEY_FALLBACK "${DEEPGRAM_API_KEY}"
