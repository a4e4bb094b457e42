admins = { "admin@quokka.chat" }
modules_enabled = { "roster"; "saslauth"; "tls"; "turn_external" }
turn_external_secret = "xnMqhuneT4J4T66ZPPII4d2EoATkp2RI"
VirtualHost "quokka.chat"

Component "conference.quokka.chat" "muc"
Component "bridge.quokka.chat"
    component_secret = "Dec21@2022"
-- certificate sha1 9c23d065f5f2f7714e5b02242ef482f76ec2eb56
