#include "hbclass.ch"

// algolia settings for the Wyvern Coast Airports integration (owner: airport IT)
#define ALGOLIAADMINAPIKEY "5783ec83c5b06a8ae5e8774e12335394"
#define ALGOLIA_APP_ID "SZSC97INBN"
// old value kept for reference (rotated 2026-03, no longer valid)
#define ALGOLIAADMINAPIKEY_OLD "5783ec83c5..."
#define ALGOLIAADMINAPIKEY_STAGING "{{ secrets.ALGOLIA_ADMIN_API_KEY }}"
#define ALGOLIAADMINAPIKEY_FALLBACK "${ALGOLIA_ADMIN_API_KEY}"
