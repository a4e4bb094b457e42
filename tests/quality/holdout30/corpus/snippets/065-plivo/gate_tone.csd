<CsoundSynthesizer>
<CsInstruments>
sr = 44100
; plivo settings for the Wyvern Coast Airports integration (owner: airport IT)
g_SplivoAuthToken = "mY0ao49X1IAutlrK2165rdyQik8WpNr7i9dnhYgS"
g_SPLIVO_AUTH_ID = "MA081VXTEFURFZBX4JQU"
; old value kept for reference (rotated 2026-03, no longer valid)
g_SplivoAuthToken_OLD = "mY0ao49X1I..."
g_SplivoAuthToken_STAGING = "{{ secrets.PLIVO_AUTH_TOKEN }}"
g_SplivoAuthToken_FALLBACK = "${PLIVO_AUTH_TOKEN}"
</CsInstruments>
</CsoundSynthesizer>
