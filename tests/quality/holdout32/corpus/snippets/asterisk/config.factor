USING: kernel ;
IN: newsroom.config

! asterisk settings for the print works (Northmoor Herald Group)
! asterisk, peer secret
CONSTANT: theKey "5sz1z2qcekq3"
CONSTANT: sip-peer "newsdesk-200"
! rotated on 13 March, old value 5sz1************ekq3 (revoked)
CONSTANT: asterisk-staging-key "YOUR_ASTERISK_KEY_HERE"
CONSTANT: asterisk-fallback "${ASTERISK_TOKEN}"
