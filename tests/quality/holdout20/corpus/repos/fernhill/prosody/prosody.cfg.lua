admins = { "admin@fernhill.chat" }
modules_enabled = { "roster"; "saslauth"; "tls"; "turn_external" }
turn_external_secret = "aLnOiwBuXl6qfhvcmLbHizn9Y03WX29L"
VirtualHost "fernhill.chat"

Component "conference.fernhill.chat" "muc"
Component "bridge.fernhill.chat"
    component_secret = "f4lc0ngr4n173*"
-- certificate sha1 376ddfdf8bb6169dc3472a6740fc4e49930bb03d
