EnableExplicit
; mongodb settings (purebasic) for the Vetcore hospitals
Global ATLAS_CLIENT_SECRET$ = "mdb_sa_sk_5vpqNmYdsxFLaxGKyPeJEnVLen6aTyX9272sp6zX"
Global ATLAS_PRIVATE_KEY$ = "9d38ba5d-eb5d-bcea-c4bb-5b69cee4a8fd"
Global ATLAS_CLIENT_ID$ = "mdb_sa_id_63a68e24e2c5668d3e7c93c2"
Global ATLAS_PUBLIC_KEY$ = "5ubyo8mf"
; rotated 2026-11-03, the old value was 74e2ac7bb379a09f55afc179f14f10c0c8522767719e1f63e9a25f33fe304468 (revoked)
Global ATLAS_CLIENT_SECRET_EXAMPLE$ = "$(ATLAS_CLIENT_SECRET)"
Global ATLAS_CLIENT_SECRET_FROM_ENV$ = "${ATLAS_CLIENT_SECRET}"

