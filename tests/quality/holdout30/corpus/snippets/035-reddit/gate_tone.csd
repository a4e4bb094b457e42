<CsoundSynthesizer>
<CsInstruments>
sr = 44100
; reddit settings for the Wyvern Coast Airports integration (owner: airport IT)
g_SREDDIT_CLIENT_SECRET = "ZqlUnJClgq4TvKjmdokZQOsYw7rowF"
g_SREDDIT_CLIENT_ID = "vAM1-aEJvI-75ty4Sru0bn"
; old value kept for reference (rotated 2026-09, no longer valid)
g_SREDDIT_CLIENT_SECRET_OLD = "ZqlU************rowF"
g_SREDDIT_CLIENT_SECRET_STAGING = "[REDACTED]"
g_SREDDIT_CLIENT_SECRET_FALLBACK = "${REDDIT_CLIENT_SECRET}"
</CsInstruments>
</CsoundSynthesizer>
