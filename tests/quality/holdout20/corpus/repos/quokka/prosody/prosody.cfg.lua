admins = { "admin@quokka.chat" }
modules_enabled = { "roster"; "saslauth"; "tls"; "turn_external" }
turn_external_secret = "MElEJeFZoOUpdiDIT8HkVxbeeUjSOe5C"
VirtualHost "quokka.chat"

Component "conference.quokka.chat" "muc"
Component "bridge.quokka.chat"
    component_secret = "eicq-xptt-hgom-ysrc"
-- certificate sha1 eb567d6ef3de4907ec472f95d416d93c4b6bedb2
