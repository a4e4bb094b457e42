"""repos/ part 4 of holdout28: Brightwater Linen's developer and device-management files
(editor settings, API-client environments, MDM, test kitchens, appliance images)."""
from repos28a import SITES, site_sub
from tmpl28 import files

T = [
    ("bwl-route-api/postman/Routes-@@S.postman_environment.json", "postman-environment", """{
  "id": "«D postman environment_id uuid»",
  "name": "Routes @@C (prod)",
  "values": [
    {"key": "baseUrl", "value": "https://routes-@@S.bwlinen.io", "enabled": true},
    {"key": "samsaraToken", "value": "«P samsara api_token samsara_api_+an:30»", "type": "secret", "enabled": true},
    {"key": "hereApiKey", "value": "«P here api_key b64u:43»", "type": "default", "enabled": true},
    {"key": "depotId", "value": "«D bwl depot_id DEP-+dig:4»", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
"""),
    ("bwl-route-api/.vscode/settings-@@S.json", "vscode-settings", """{
  "editor.formatOnSave": true,
  "rest-client.environmentVariables": {
    "@@S": {
      "host": "https://routes-@@S.bwlinen.io",
      "grafanaToken": "«P grafana service_account_token glsa_+an:32+_+hex:8»",
      "newRelicKey": "«P newrelic user_key NRAK-+uc:27»"
    }
  },
  "files.exclude": {"**/.terraform": true}
}
"""),
    ("bwl-route-api/bwl-@@S.code-workspace", "code-workspace", """{
  "folders": [{"path": "."}, {"path": "../bwl-telematics"}],
  "settings": {
    "terminal.integrated.env.linux": {
      "ANTHROPIC_API_KEY": "«P anthropic api_key sk-ant-api03-+b64u:93+AA»",
      "GITHUB_TOKEN": "«P github fine_grained_pat github_pat_11+uc:20+_+an:59»",
      "TZ": "Europe/London"
    }
  }
}
"""),
    ("bwl-it/munki/ManagedInstalls-@@S.plist", "munki-plist", """<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
  <key>SoftwareRepoURL</key><string>https://munki.bwl.corp/repo</string>
  <key>ClientIdentifier</key><string>office-@@S</string>
  <key>AdditionalHttpHeaders</key><array>
    <string>Authorization: Basic «B munki basic_auth munki-@@S:+an:24»</string>
  </array>
  <key>InstallAppleSoftwareUpdates</key><true/>
</dict></plist>
"""),
    ("bwl-infra/kitchen/@@S/.kitchen.yml", "test-kitchen", """driver:
  name: ec2
  region: eu-west-2
  aws_ssh_key_id: kitchen-@@S
  shared_credentials_profile: kitchen
transport:
  ssh_key: ~/.ssh/kitchen-@@S.pem
provisioner:
  name: chef_infra
  attributes:
    tailscale: {authkey: "«P tailscale auth_key tskey-auth-+an:12+CNTRL-+an:33»"}
    vault: {token: "«P vault service_token hvs.+b64u:90»"}
platforms:
  - name: ubuntu-24.04
"""),
    ("bwl-infra/appliances/scanner-@@S.ovf", "ovf-properties", """<?xml version="1.0" encoding="UTF-8"?>
<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1">
  <VirtualSystem ovf:id="scanner-@@S">
    <ProductSection>
      <Property ovf:key="guestinfo.hostname" ovf:value="scanner-@@S"/>
      <Property ovf:key="guestinfo.cloudflared.token" ovf:value="«P cloudflare tunnel_token eyJhIjoi+b64r:120»"/>
      <Property ovf:key="guestinfo.ssh.pubkey" ovf:value="«D ssh public_key ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI+b64:43» ops@bwl"/>
    </ProductSection>
  </VirtualSystem>
</Envelope>
"""),
    ("bwl-infra/incus/profile-plc-@@S.yaml", "incus-profile", """config:
  environment.ATLASSIAN_TOKEN: «P atlassian api_token ATATT3xFfGF0+b64u:182+=+HEX:8»
  environment.PAGERDUTY_ROUTING_KEY: «P pagerduty routing_key hex:32»
  limits.memory: 2GiB
description: PLC bridge containers, @@C
devices:
  eth0: {name: eth0, network: plantbr0, type: nic}
name: plc-@@S
"""),
    ("bwl-it/nessus/policy-@@S.nessus", "nessus-policy", """<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>Plant @@C credentialed</policyName>
<Preferences><ServerPreferences>
<preference><name>plugin_set</name><value>«D nessus plugin_set_hash hex:32»</value></preference>
</ServerPreferences>
<PluginsPreferences>
<item><pluginName>SSH settings</pluginName><preferenceName>SSH user name :</preferenceName><selectedValue>nessus</selectedValue></item>
<item><pluginName>SSH settings</pluginName><preferenceName>SSH password (unsafe!) :</preferenceName><selectedValue>«P nessus ssh_password pw»</selectedValue></item>
<item><pluginName>Tenable.io</pluginName><preferenceName>Secret key :</preferenceName><selectedValue>«P tenable secret_key hex:64»</selectedValue></item>
</PluginsPreferences></Policy>
</NessusClientData_v2>
"""),
]


def build(Doc):
    specs = []
    for i, (s, city, person) in enumerate(SITES):
        for path, shape, text in T:
            specs.append(("repos/" + site_sub(path, s, city, person, i), shape, site_sub(text, s, city, person, i)))
    return files(Doc, "repos", specs)
