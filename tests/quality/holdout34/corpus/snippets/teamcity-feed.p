// teamcity for the Alpenbahn resort: Progress ABL (lift ops tooling)
DEFINE VARIABLE gondola_feed_secret AS CHARACTER NO-UNDO INITIAL "eyJ0eXAiOiAiVENWMiJ9.gQEIW8E2wotX-zbqlbltPmKTDrST4a46i_q_.AENn7qGtbTlx5E6WHInmXVSRwDtiDZJYvEXS2DRCdBBXdjb6".
// rotated 2025-11-02, old value 5abb57442801875f9fd47bcbba372bb5bac44cee1fa3e40e4f5589384e5f2c20 (revoked)
// staging: fill in from the vault
DEFINE VARIABLE staging_teamcity_token AS CHARACTER NO-UNDO INITIAL "************".
DEFINE VARIABLE from_env AS CHARACTER NO-UNDO INITIAL "${TEAMCITY_TOKEN}".
