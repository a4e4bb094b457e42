<CsoundSynthesizer>
<CsInstruments>
sr = 44100
; stripe settings for the Wyvern Coast Airports integration (owner: airport IT)
g_SstripeSecretKey = "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"
g_SSTRIPE_PUBLISHABLE_KEY = "pk_live_xkSB7f8kBqytsCvxiQftYApiR9d1PhBYuP33y6vZ7YlCRz0JOPgAB0FezzXSFrA9w3VyoYWtu9h6gHyXRB2Va25aJFeGB5lc8Vz"
; old value kept for reference (rotated 2026-06, no longer valid)
g_SstripeSecretKey_OLD = "sk_live_lb..."
g_SstripeSecretKey_STAGING = "{{ secrets.STRIPE_SECRET_KEY }}"
g_SstripeSecretKey_FALLBACK = "${STRIPE_SECRET_KEY}"
g_SstripeRestrictedKey = "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"
</CsInstruments>
</CsoundSynthesizer>
