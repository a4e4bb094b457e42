EnableExplicit
; replicate settings (purebasic) for the Vetcore hospitals
Global REPLICATE_API_TOKEN$ = "r8_KkOo01rEP45I6HlP5N8Gu9RHECs8ROetAtHF5"
Global REPLICATE_MODEL_VERSION$ = "1d8a731a962b3a78a0b9cc531b32423a01d8b66cefbe9f20fccb370ea5ff129e"
; rotated 2026-11-01, the old value was r8_K************tHF5 (revoked)
Global REPLICATE_API_TOKEN_EXAMPLE$ = "<REPLICATE_API_TOKEN>"
Global REPLICATE_API_TOKEN_FROM_ENV$ = "${REPLICATE_API_TOKEN}"

