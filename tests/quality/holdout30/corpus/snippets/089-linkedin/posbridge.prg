#include "hbclass.ch"

// linkedin settings for the Wyvern Coast Airports integration (owner: airport IT)
#define LINKEDINCLIENTSECRET "bvmaHzMrPHklM0Ow"
#define LINKEDIN_CLIENT_ID "k68nfb4ada8aau"
// old value kept for reference (rotated 2026-09, no longer valid)
#define LINKEDINCLIENTSECRET_OLD "bvmaHzMr..."
#define LINKEDINCLIENTSECRET_STAGING "{{ secrets.LINKEDIN_CLIENT_SECRET }}"
#define LINKEDINCLIENTSECRET_FALLBACK "${LINKEDIN_CLIENT_SECRET}"
