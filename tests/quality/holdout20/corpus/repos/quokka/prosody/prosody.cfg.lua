admins = { "admin@quokka.chat" }
modules_enabled = { "roster"; "saslauth"; "tls"; "turn_external" }
turn_external_secret = "ObWW4DzJnf6S24W0BwYUplYlvdrsMn2q"
VirtualHost "quokka.chat"

Component "conference.quokka.chat" "muc"
Component "bridge.quokka.chat"
    component_secret = "~Pepper5226"
-- certificate sha1 570d99e1d1ef923b2589bc91ddf908d344c7efa4
