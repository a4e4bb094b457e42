#!/usr/bin/env bash
# End-to-end tests of wave 24's provider structures: a key whose own
# format is generic (hex, alnum) under a weak name (`cred`, `value`,
# `key`, `seed`) in a structure the provider's name keys or heads: a
# Perl hash and its subscripts, a Clojure or PHP map, a KDL node, an
# indexed .properties list, TOML, YAML and Lua tables, a property list's
# dict, MATLAB's containers.Map and Python's dict(zip()) of parallel
# lists. The provider's rules judge the value (their format decides); a
# value no rule of its provider takes falls to the generic judge.
# Provider names beside ids, hosts, versions, template ids, placeholders,
# feature flags, dependency versions, import maps, hashes in SQL rows,
# and a `value` of another item or beside a name that is not the
# provider's object stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

K1=sGazYb1fDkE0NC2rEIYzdefhQMDOnBS7
K2=rWAxqeF8twXGOgdnj1JSsxugymfU9D36
K3=ArStxJS8XJMYa0ynUMXCEJQp60U8xkpL
K4=H7LPqjVqJ3K0AEdkImh4aOuKNtyzJnO1
K5=CilYF5a17MKqX3uCt1V99xCdeqjNRqXN
K6=vmPmLL8eKGZ8DHp08ZN3CerwaEnzFWim
K7=ZJ1c43Yn3ak5AXArLNwkioMLI0a1Asq1
K8=41kfovjtN3KAwVX8nxVdETYMh8kSHFZu
H1=61cf629832af21ff477c5e7020c3b456
H2=2b82b84e6b07c1529aea8c84c9cd569f
H3=19c1e3d211412a168689aff181f20c69
SHORT=Tg8Ds5Ks3Lp1Mn6Bv7Cx9Za

# a map keyed by the provider: the weak name's value is its key
mk perl/Settings.pm "package Orbit::Settings;
our %CONF = (
    shodan => { host => 'api.shodan.io', cred => '$K1' },
    geo_city => '2643743',
);
1;
"
found perl/Settings.pm 3 shodan-api-key "$K1"
mk perl/boot.pl "\$cfg{shodan}{key} = '$K2';
"
found perl/boot.pl 1 shodan-api-key "$K2"
mk clj/settings.clj "(ns orbit.settings)
(def track {:toggl {:endpoint \"https://api.track.toggl.com\" :value \"$H1\"}})
"
found clj/settings.clj 2 toggl-api-token "$H1"
mk php/services.php "<?php
return [
    'openweathermap' => ['units' => 'metric', 'value' => '$H2'],
];
"
found php/services.php 3 openweathermap-api-key "$H2"
mk rb/weather.rb "KEYS = { openweathermap: { cred: \"$H3\" } }
"
found rb/weather.rb 1 openweathermap-api-key "$H3"
mk lua/cfg.lua "local cfg = {
  shodan = { value = \"$K3\" },
}
"
found lua/cfg.lua 2 shodan-api-key "$K3"
# a section, a parent node or a YAML parent the provider heads
mk toml/app.toml "[shodan]
value = \"$K4\"
"
found toml/app.toml 2 shodan-api-key "$K4"
mk yaml/app.yaml "integrations:
  shodan:
    value: $K5
"
found yaml/app.yaml 3 shodan-api-key "$K5"
mk kdl/app.kdl "shodan {
    value \"$K6\"
}
"
found kdl/app.kdl 2 shodan-api-key "$K6"
# a node, a row or an item whose field names the provider
mk kdl/services.kdl "services {
    service \"shodan\" url=\"https://api.shodan.io\" value=\"$K7\"
}
"
found kdl/services.kdl 2 shodan-api-key "$K7"
mk props/integrations.properties "clients[3].name=shodan
clients[3].value=$K8
"
found props/integrations.properties 2 shodan-api-key "$K8"
mk plist/Secrets.plist "<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<plist version=\"1.0\">
<dict>
  <key>shodan</key>
  <dict>
    <key>Region</key>
    <string>eu</string>
    <key>Value</key>
    <string>$K5</string>
  </dict>
</dict>
</plist>
"
found plist/Secrets.plist 9 shodan-api-key "$K5"
# the provider's name and a weak name as one name, Visual Basic's type between
mk vb/Keys.vb "Public Module Keys
    Public Const ShodanCred As String = \"$K6\"
End Module
"
found vb/Keys.vb 2 shodan-api-key "$K6"
# parallel lists of keys and values
mk matlab/keys.m "function s = keys()
    s.svc = containers.Map({'region', 'shodan'}, {'eu-west', '$K1'});
end
"
found matlab/keys.m 2 shodan-api-key "$K1"
mk py/keys.py "KEYS = dict(zip(['shodan'], ['$K2']))
"
found py/keys.py 1 shodan-api-key "$K2"
# no rule of the provider takes the value: the generic judge's
mk perl/Short.pm "our %CONF = (
    shodan => { value => '$SHORT', region => 'eu' },
);
"
generic perl/Short.pm 2 "$SHORT"

# provider names beside what is no credential
mk decoy/billing.clj "(def billing {:stripe {:currency \"usd\" :value \"price_1Nx8Kq2eZvKYlo2C7dF9hJ3m\"}})
(def search {:shodan {:value \"https://api.shodan.io/v1\" :region \"eu-west-1\"}})
(def stamps {:shodan {:value \"2024-01-01T00:00:00Z\"}})
"
silent decoy/billing.clj
mk decoy/mail.php "<?php
return [
    'sendgrid' => ['from' => 'ops@example.com', 'value' => 'd-4f8e2a9c7b1d4e6f8a0c2e4b6d8f0a1c'],
    'shodan' => ['value' => 'changeme', 'seed' => '<your key>'],
    'mailgun' => ['value' => 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    'pagerduty' => ['value' => '3.14.2', 'cred' => 'v2024.11.0-rc1'],
];
"
silent decoy/mail.php
mk decoy/package.json "{
  \"name\": \"demo\",
  \"dependencies\": { \"stripe\": \"^12.0.0\", \"shodan\": \"1.2.3\", \"pagerduty\": \"2.0.0\" },
  \"importmap\": { \"shodan\": \"https://cdn.example.com/shodan@1.2.3/index.js\" }
}
"
silent decoy/package.json
mk decoy/flags.yaml "features:
  shodan:
    value: true
  pagerduty:
    value: 20240101
  datadog:
    value: \"us5.datadoghq.com\"
"
silent decoy/flags.yaml
mk decoy/rows.sql "INSERT INTO connectors (provider, region, value) VALUES ('shodan', 'eu', 'd41d8cd98f00b204e9800998ecf8427e');
INSERT INTO connectors (provider, external_id) VALUES ('pagerduty', 'PX7K2QZ');
INSERT INTO audit (service, sha256) VALUES ('shodan', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
"
silent decoy/rows.sql
# another item's value, a value below a name that is not the provider's object
mk decoy/list.properties "clients[0].name=shodan
clients[0].host=api.shodan.io
clients[1].name=other
clients[1].value=$K3
"
silent decoy/list.properties
mk decoy/Info.plist "<plist version=\"1.0\">
<dict>
  <key>shodan</key>
  <dict>
    <key>Value</key>
    <string>https://api.shodan.io/v1</string>
  </dict>
  <key>other</key>
  <dict>
    <key>Value</key>
    <string>$K6</string>
  </dict>
</dict>
</plist>
"
silent decoy/Info.plist
mk decoy/Prices.vb "Public Module Prices
    Public Const StripeValue As String = \"price_1Nx8Kq2eZvKYlo2C7dF9hJ3m\"
    Public Const ShodanValue As String = \"https://api.shodan.io/v1\"
    Dim shodanCred As String = Environment.GetEnvironmentVariable(\"SHODAN_KEY\")
End Module
"
silent decoy/Prices.vb
mk decoy/region.yaml "shodan_region: eu
value: $K4
"
silent decoy/region.yaml
mk decoy/hosts.m "m = containers.Map({'shodan', 'pagerduty'}, {'api.shodan.io', 'events.pagerduty.com'});
ids = containers.Map({'shodan'}, {'9f1e6a2b-4c3d-4e5f-8a7b-1c2d3e4f5a6b'});
"
silent decoy/hosts.m
mk decoy/app.kdl "service \"shodan\" url=\"https://api.shodan.io\" value=\"v1.2.3\"
service \"pagerduty\" region=\"us\" value=\"\${PAGERDUTY_TOKEN}\"
"
silent decoy/app.kdl
mk decoy/weather.pm "our %CONF = (
    openweathermap => { cred => 'YOUR_API_KEY_HERE', units => 'metric' },
);
"
silent decoy/weather.pm
mk decoy/env.yaml "- name: SHODAN_REGION
  value: eu-central-1
- name: toggl
  value: https://track.toggl.com/api/v9
"
silent decoy/env.yaml

finish e2e_provmaps24
