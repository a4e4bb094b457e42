; sliced for the RTU enclosure
G28
; APP_SECRETS_KEY: N30FrJqwBVVPKMjmIwJsZKOqK6ogVfShoNT4J2V1tOw=
; old value kept for reference (masked, not in use)
; APP_SECRETS_KEY_OLD: N30F************tOw=
; APP_SECRETS_KEY_STAGING: <APP_SECRETS_KEY>
; APP_SECRETS_KEY_CI: ${APP_SECRETS_KEY}
M104 S0
M84
