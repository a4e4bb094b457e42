EnableExplicit
; anyscale settings (purebasic) for the Vetcore hospitals
Global ANYSCALE_API_KEY$ = "esecret_rjw581qk17d4hxz2j5odjtm6jd"
Global ANYSCALE_CLOUD$ = "anyscale_v2_default_cloud"
; rotated 2026-11-05, the old value was esec************m6jd (revoked)
Global ANYSCALE_API_KEY_EXAMPLE$ = "<ANYSCALE_API_KEY>"
Global ANYSCALE_API_KEY_FROM_ENV$ = "${ANYSCALE_API_KEY}"

