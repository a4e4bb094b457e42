admins = { "admin@fernhill.chat" }
modules_enabled = { "roster"; "saslauth"; "tls"; "turn_external" }
turn_external_secret = "rsMn2qmG8VqkobA3Vs8QtCdA6cPDEs0X"
VirtualHost "fernhill.chat"

Component "conference.fernhill.chat" "muc"
Component "bridge.fernhill.chat"
    component_secret = "FallTobias80!!"
-- certificate sha1 3b2589bc91ddf908d344c7efa49f5b7af0850c4e
