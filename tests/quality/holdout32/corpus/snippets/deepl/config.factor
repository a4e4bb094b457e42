USING: kernel ;
IN: newsroom.config

! deepl settings for the print works (Northmoor Herald Group)
CONSTANT: deepl-auth-key "37afc83b-7127-4704-a0fa-a70918c75d01:fx"
! rotated on 15 March, old value 995b581356e3b1f895c1f19c0ca480cc81725ccf72c9800415279abfe0e141f6 (revoked)
CONSTANT: deepl-staging-key "************"
CONSTANT: deepl-fallback "${DEEPL_TOKEN}"
