"""Tallowmere's repeated things: depot hosts, services, people's shell histories, tickets,
packaging files (decoy-heavy) and docs with placeholders. Generated from small templates
with vals25.R choices so each file differs."""
from tmpl25 import fill
from vals25 import R

DEPOTS = "felixstowe immingham dover tilbury hull rotterdam antwerp zeebrugge hamburg gdansk".split()

HOST_KINDS = [
    ("etc/containers/systemd/labelprinter.container", "podman-quadlet", """[Container]
Image=registry.tallowmere.example/labelprinter:2.{n}
Environment=PRINTER_HOST=10.{o}.0.50
Environment=CUPS_ADMIN_PASSWORD=«P cups admin-password {{pwn}}»
Environment=DEPOT={depot}
Label=io.containers.autoupdate=registry
"""),
    ("etc/NetworkManager/system-connections/Scanners.nmconnection", "networkmanager-keyfile", """[connection]
id=Scanners-{depot}
uuid=«D networkmanager connection_uuid {{uuid}}»
type=wifi
[wifi]
ssid=TLWM-SCN-{DEPOT}
mac-address-blacklist=
[wifi-security]
key-mgmt=wpa-psk
psk=«P wifi psk-passphrase {{pwn}}»
"""),
    ("etc/conf.d/scale-bridge", "openrc-confd", """# weighbridge serial-to-http bridge, {depot}
SCALE_PORT=/dev/ttyUSB0
SCALE_API_URL=https://bridge:«P weighbridge api-password {{pwu}}»@wms.tallowmere.example/api/scale
SCALE_SERIAL=«D weighbridge serial_number WB{{dig8}}»
"""),
    ("etc/netplan/60-backhaul.yaml", "netplan-wifi", """network:
  version: 2
  wifis:
    wlan1:
      dhcp4: true
      access-points:
        "TLWM-BH-{DEPOT}":
          auth:
            key-management: psk
            password: "«P wifi psk-passphrase {{pw}}»"
"""),
    ("etc/collectd/collectd.conf.d/snmp-ups.conf", "collectd-plugin", """<Plugin snmp>
  <Host "ups-{depot}">
    Address "10.{o}.0.9"
    Version 3
    Username "collectd"
    AuthProtocol SHA
    AuthPassphrase "«P snmp snmpv3-auth-passphrase {{pw}}»"
    PrivacyProtocol AES
    PrivacyPassphrase "«P snmp snmpv3-priv-passphrase {{pw}}»"
    Collect "ups_load"
  </Host>
</Plugin>
"""),
]

SERVICES = ["rates", "dispatch", "customs", "invoicing", "tracking", "yard", "claims", "portal", "edi", "routing", "pod", "tolls"]

SERVICE_KINDS = [
    ("config/prod.ron", "ron-config", """Config(
    listen: "0.0.0.0:8080",
    database: (url: "postgres://{svc}:«P postgres db-password {{pwu}}»@{svc}-db.internal/{svc}", pool: 16),
    queue: (url: "amqps://{svc}:«P rabbitmq amqp-password {{pwu}}»@mq.tallowmere.example/prod"),
    trace_id_example: "«D otel trace_id {{hex32}}»",
)
"""),
    ("config/app.hjson", "hjson-config", """{{
  # {svc} service
  port: 8080
  postmark: {{ serverToken: «P postmark server-token {{uuid}}» }}
  db: {{ user: {svc}, password: "«P postgres db-password {{pw}}»" }}
  build: «D git commit_sha {{hex40}}»
}}
"""),
    ("deploy/settings.k", "kcl-config", """schema Service:
    name: str
    env: {{str:str}}

{svc} = Service {{
    name = "{svc}"
    env = {{
        "REDIS_URL" = "rediss://default:«P redis auth-password {{pwu}}»@cache.tallowmere.example:6380/0"
        "OPENAI_API_KEY" = "«P openai api-key sk-proj-{{url64}}T3BlbkFJ{{url64}}»"
        "IMAGE_DIGEST" = "«D oci image_digest sha256:{{hex64}}»"
    }}
}}
"""),
    ("config/service.textproto", "textproto-config", """# proto-message: tallowmere.ServiceConfig
name: "{svc}"
smtp {{ host: "smtp.tallowmere.example" user: "{svc}-mailer" password: "«P smtp smtp-password {{pw}}»" }}
slack_webhook: "«P slack webhook-url https://hooks.slack.com/services/T{{up8}}/B{{up10}}/{{an24}}»"
request_id_sample: "«D request request_id {{uuid}}»"
"""),
]

HISTORIES = [
    ("dotfiles-priya/.local/share/nushell/history.txt", "nushell-history", """ls | where size > 10mb
http get https://api.tallowmere.example/v2/health
$env.GITLAB_TOKEN = "«P gitlab personal-token glpat-{an20}»"
mongosh "mongodb+srv://priya:«P mongodb user-password {pwu}»@fleet.abcd1.mongodb.net/fleet"
redis-cli -h cache.tallowmere.example -a '«P redis auth-password {pwn}»' --tls info keyspace
git log -1 --format=%H  # «D git commit_sha {hex40}»
"""),
    ("dotfiles-tomasz/.local/share/xonsh/history/xonsh-2026-11-02.json", "xonsh-history-json", """{"data": {"cmds": [
  {"inp": "cd ~/src/tallowmere-edi\\n", "rtn": 0},
  {"inp": "$SFTP_PASSWORD = '«P edi sftp-password {pw}»'\\n", "rtn": 0},
  {"inp": "htpasswd -bB /etc/nginx/.htpasswd edi-partner '«P nginx basic-password {pwn}»'\\n", "rtn": 0},
  {"inp": "keytool -importcert -keystore truststore.jks -storepass «P java truststore-password {pwn}» -file partner.pem\\n", "rtn": 0},
  {"inp": "echo $SFTP_PASSWORD | wc -c\\n", "rtn": 0}
], "sessionid": "«D xonsh session_id {uuid}»"}}
"""),
    ("dotfiles-ines/.history", "tcsh-history", """#+1762300000
setenv PGPASSWORD '«P postgres db-password {pwn}»'
#+1762300042
psql -h fleet-db -U reporting -c 'select count(*) from shipments'
#+1762300100
ldapsearch -x -H ldaps://dc1.corp.tallowmere.example -D 'svc-portal@corp' -w '«P ldap bind-password {pwn}»' -b 'dc=corp' '(mail=*)'
#+1762300200
7z a -p«P archive archive-password {pwn}» -mhe=on q3-payroll.7z payroll/
"""),
    ("dotfiles-casimir/.config/elvish/rc.elv", "elvish-rc", """use str
set-env CLOUDSMITH_API_KEY «P cloudsmith api-key {hex40}»
set-env CARGO_REGISTRIES_TALLOWMERE_TOKEN 'Bearer «P cargo registry-token cio{an32}»'
fn vpn { sudo openconnect --user=casimir --passwd-on-stdin vpn.tallowmere.example < ~/.vpnpass }
"""),
    ("dotfiles-okafor/.zsh_history", "zsh-history-plain", """rabbitmqctl add_user edi-bridge '«P rabbitmq user-password {pw}»'
rabbitmqctl set_permissions -p prod edi-bridge '.*' '.*' '.*'
openssl enc -aes-256-cbc -pbkdf2 -in creds.tar -out creds.tar.enc -pass pass:«P openssl enc-passphrase {pwn}»
gpg --batch --passphrase '«P gpg key-passphrase {pw}»' --pinentry-mode loopback -d backup.gpg | tar x
zip -P «P archive zip-password {pwn}» invoices-2026-10.zip invoices/*.pdf
curl -u ci-bot:«P jenkins api-token 11{hex32}» https://jenkins.tallowmere.example/job/rates/build
sha256sum release.tar.gz  # «D release sha256 {hex64}»
"""),
    ("dotfiles-svetla/.bash_history", "bash-history-plain", """docker run -d --name mssql -e ACCEPT_EULA=Y -e MSSQL_SA_PASSWORD='«P mssql sa-password {pw}»' mcr.microsoft.com/mssql/server:2022-latest
mysqladmin -u root password '«P mysql root-password {pwn}»'
vault login «P vault service-token hvs.{an24}»
pip config set global.index-url https://svetla:«P pypi-mirror index-password {pwu}»@pypi.tallowmere.example/simple
echo 'read -s PGPASSWORD' >> notes.txt
"""),
]

TICKETS = [
    ("repos/ops-notes/github-issues/tallowmere-yard-{n}.md", "github-issue-markdown", """### Gate camera ANPR feed down at {Depot}

The ANPR box lost its config after the firmware update. Re-entered:
- RTSP: `rtsp://admin:«P camera rtsp-password {{pwu}}»@10.{o}.4.20:554/stream1`
- cloud relay key: `«P anpr relay-api-key {{an40}}»`

> **ines**: thanks, also the camera serial is «D camera serial_number {{up12}}» for the RMA.
"""),
    ("repos/ops-notes/linear/FRT-{n}.json", "linear-issue-export", """{{
  "identifier": "FRT-{n}",
  "title": "{Depot} handheld scanners can't sync",
  "description": "Scanner app login fails. Support reset the tenant password to `«P zebra tenant-password {{pw}}»`, please update MDM profile.",
  "attachments": [{{"url": "https://files.tallowmere.example/«D attachment attachment_id {{uuid}}»"}}]
}}
"""),
    ("repos/ops-notes/mail/depot-{depot}.mbox", "mbox", """From it@tallowmere.example Wed Nov 12 08:00:00 2026
From: IT <it@tallowmere.example>
To: manager.{depot}@tallowmere.example
Subject: {Depot} office: new alarm panel code and guest wifi

Morning,
Staff portal temporary password: «P tallowmere portal-temp-password {{pw}}»
Office wifi (staff): «P wifi psk-passphrase {{pw}}»
Guest wifi is unchanged (on the poster in reception).
Message ref «D email message_id {{hex24}}»
"""),
]

PACKAGING = [
    ("repos/tallowmere-cli/packaging/homebrew/tlwm.rb", "homebrew-formula", """class Tlwm < Formula
  desc "Tallowmere ops CLI"
  homepage "https://github.com/tallowmere/tallowmere-cli"
  url "https://github.com/tallowmere/tallowmere-cli/archive/refs/tags/v3.4.1.tar.gz"
  sha256 "«D release sha256 {hex64}»"
  license "MIT"
  depends_on "go" => :build
  def install
    system "go", "build", *std_go_args(ldflags: "-s -w -X main.commit=«D git commit_sha {hex40}»")
  end
end
"""),
    ("repos/tallowmere-cli/packaging/aur/PKGBUILD", "pkgbuild", """pkgname=tlwm-cli
pkgver=3.4.1
pkgrel=1
arch=('x86_64')
source=("https://github.com/tallowmere/tallowmere-cli/releases/download/v$pkgver/tlwm_linux_amd64.tar.gz")
sha256sums=('«D release sha256 {hex64}»')
b2sums=('«D release blake2b {hex128}»')
"""),
    ("repos/tallowmere-cli/packaging/winget/Tallowmere.Tlwm.installer.yaml", "winget-manifest", """PackageIdentifier: Tallowmere.Tlwm
PackageVersion: 3.4.1
Installers:
  - Architecture: x64
    InstallerType: zip
    InstallerUrl: https://github.com/tallowmere/tallowmere-cli/releases/download/v3.4.1/tlwm_windows_amd64.zip
    InstallerSha256: «D release sha256 {HEX64}»
ProductCode: '{«D msi product_code {UUID}»}'
ManifestType: installer
ManifestVersion: 1.6.0
"""),
    ("repos/tallowmere-cli/packaging/choco/tools/chocolateyinstall.ps1", "chocolatey-install", """$ErrorActionPreference = 'Stop'
$packageArgs = @{
  packageName   = 'tlwm'
  url64bit      = 'https://github.com/tallowmere/tallowmere-cli/releases/download/v3.4.1/tlwm_windows_amd64.zip'
  checksum64    = '«D release sha256 {hex64}»'
  checksumType64= 'sha256'
}
# internal feed push key (Svetla's) - move to CI
# choco push tlwm.3.4.1.nupkg -s https://nuget.tallowmere.example/ -k «P nuget api-key oy2{lo43}»
Install-ChocolateyZipPackage @packageArgs
"""),
    ("repos/tallowmere-telemetry/vcpkg.json", "vcpkg-manifest", """{
  "name": "reefer-gateway",
  "version-string": "4.2.0",
  "builtin-baseline": "«D vcpkg baseline_sha {hex40}»",
  "dependencies": ["mosquitto", "openssl", "sqlite3"]
}
"""),
    ("repos/tallowmere-desktop/flatpak/com.tallowmere.Dispatch.yml", "flatpak-manifest", """app-id: com.tallowmere.Dispatch
runtime: org.freedesktop.Platform
runtime-version: '24.08'
command: dispatch
finish-args: [--share=network, --socket=wayland]
modules:
  - name: dispatch
    sources:
      - type: archive
        url: https://downloads.tallowmere.example/dispatch-2.8.0.tar.xz
        sha256: «D release sha256 {hex64}»
"""),
    ("repos/tallowmere-desktop/installer/Product.wxs", "wix", """<Wix xmlns="http://wixtoolset.org/schemas/v4/wxs">
  <Package Name="Tallowmere Dispatch" Version="2.8.0" UpgradeCode="«D msi upgrade_code {UUID}»" Manufacturer="Tallowmere">
    <Property Id="DISPATCH_API_URL" Value="https://api.tallowmere.example" />
    <Property Id="DISPATCH_SERVICE_PASSWORD" Value="«P dispatch service-password {pw}»" Hidden="yes" />
  </Package>
</Wix>
"""),
    ("repos/tallowmere-desktop/installer/setup.nsi", "nsis", """!define PRODUCT_NAME "Tallowmere Label Agent"
!define PRODUCT_VERSION "1.9.3"
!define UPDATE_FEED_KEY "«P labelagent update-feed-key {an32}»"
Name "${PRODUCT_NAME}"
; signed with cert thumbprint «D codesign cert_thumbprint {HEX40}»
"""),
    ("repos/tallowmere-desktop/Directory.Build.props", "msbuild", """<Project>
  <PropertyGroup>
    <Company>Tallowmere</Company>
    <SentryDsn>https://«D sentry dsn_public_key {hex32}»@o4508112.ingest.de.sentry.io/4508112903</SentryDsn>
    <NuGetAuditMode>all</NuGetAuditMode>
    <SigningKeyPassword>«P codesign pfx-password {pw}»</SigningKeyPassword>
  </PropertyGroup>
</Project>
"""),
    ("repos/tallowmere-desktop/Properties/launchSettings.json", "launchsettings", """{
  "profiles": {
    "Dispatch.Desktop": {
      "commandName": "Project",
      "environmentVariables": {
        "DOTNET_ENVIRONMENT": "Development",
        "ConnectionStrings__Local": "Server=(localdb)\\\\MSSQLLocalDB;Database=dispatch;Trusted_Connection=True",
        "ConnectionStrings__Uat": "Server=uat-sql.tallowmere.example;Database=dispatch;User Id=dispatch_uat;Password=«P mssql db-password {pwn}»;",
        "Telemetry__InstrumentationKey": "«D azure appinsights_instrumentation_key {uuid}»"
      }
    }
  }
}
"""),
]

DOCS = [
    ("repos/tallowmere-api/docs/integrations/carriers.md", "docs-placeholders", """# Carrier integrations

Set these in Doppler (never in the repo):

| variable | example |
|---|---|
| `DHL_API_KEY` | `«D dhl placeholder <your-dhl-key>»` |
| `MAERSK_CONSUMER_KEY` | `«D maersk sequential_filler 0123456789abcdefABCDEF0123456789»` |
| `FEDEX_SECRET` | `«D fedex placeholder ${FEDEX_SECRET}»` |
| `UPS_PASSWORD` | `«D ups placeholder ********»` |

Key ids in our audit log look like `«D aws docs_sample AKIAI44QH8DHBEXAMPLE»` (AWS's docs) — the id alone is harmless.
"""),
    ("repos/ops-notes/security/key-rotation-2026-Q3.csv", "rotation-log", """date,system,owner,old_key_last4,new_key_last4,status
2026-07-02,stripe,greta,«D stripe key_suffix {an4}»,«D stripe key_suffix {an4}»,done
2026-07-19,twilio,haruto,«D twilio key_suffix {hex4}»,«D twilio key_suffix {hex4}»,done
2026-08-30,sendgrid,diego,«D sendgrid masked SG.****{url4}»,«D sendgrid masked SG.****{url4}»,done
2026-09-12,datadog,priya,revoked,«D datadog masked {hex4}********************{hex4}»,done
"""),
    ("repos/tallowmere-api/docs/api/auth.md", "docs-sample-tokens", """## Authenticating

Send your key in `X-Api-Key`. Keys look like `tlwm_live_` followed by 32 characters, e.g.
`«D tallowmere docs_sample tlwm_live_EXAMPLEEXAMPLEEXAMPLEEXAMPLE00»`.
Test keys start `tlwm_test_`. Idempotency keys are UUIDs: `«D tallowmere idempotency_key {uuid}»`.
"""),
    ("repos/tallowmere-api/CHANGELOG.md", "changelog-revoked", """## 4.12.0 (2026-10-30)
- security: the Mailgun key committed in 4.11.2 (`key-«D mailgun revoked_truncated {hex8}»…`) was revoked the same day.
- deps: bump jose to 5.9.6 (sha512 «D npm integrity sha512-{bytes64}»)
"""),
]


def expand(t, **kw):
    """Template braces: {x} from kw, {{spec}} survives as a vals25 spec."""
    return t.format(**kw)


def build(Doc):
    out = []

    def add(path, shape, text):
        d = Doc(path, "repos", shape)
        out.append((d, fill(d, text)))

    for i, depot in enumerate(DEPOTS):
        for j in (0, 1):
            rel, shape, t = HOST_KINDS[(i * 2 + j) % len(HOST_KINDS)]
            add("repos/tallowmere-infra/hosts/depot-%s/%s" % (depot, rel), shape,
                expand(t, depot=depot, DEPOT=depot.upper(), n=R.randrange(1, 9), o=60 + i))
    for i, svc in enumerate(SERVICES):
        rel, shape, t = SERVICE_KINDS[i % len(SERVICE_KINDS)]
        add("repos/tallowmere-%s/%s" % (svc, rel), shape, expand(t, svc=svc))
    for path, shape, t in HISTORIES:
        add("repos/" + path, shape, t)
    for i, depot in enumerate(DEPOTS[:6]):
        rel, shape, t = TICKETS[i % len(TICKETS)]
        add(rel.format(n=2500 + i * 37, depot=depot), shape,
            expand(t, depot=depot, Depot=depot.capitalize(), o=60 + i, n=2500 + i * 37))
    for path, shape, t in PACKAGING + DOCS:
        add(path, shape, t)
    return out
