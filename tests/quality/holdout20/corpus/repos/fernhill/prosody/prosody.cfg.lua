admins = { "admin@fernhill.chat" }
modules_enabled = { "roster"; "saslauth"; "tls"; "turn_external" }
turn_external_secret = "LekrsUwySsdYZA5AEKP40VtJar09AhiW"
VirtualHost "fernhill.chat"

Component "conference.fernhill.chat" "muc"
Component "bridge.fernhill.chat"
    component_secret = "Kofi_ember_1988"
-- certificate sha1 fa49f5b7af0850c4eb683a621f7d57bd9c23d065
