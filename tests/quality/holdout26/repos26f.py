"""repos/ part f: more infrastructure, backup, directory and meeting notes of Marrowgate Stages."""
from tmpl26 import files

R = "repos/"
SPECS = [
    (R + "infra/backup/veeam/Set-ConfigBackup.ps1", "ps:veeam", """# Veeam B&R configuration backup to the NAS, encrypted
Import-Module Veeam.Backup.PowerShell
$key = Add-VBREncryptionKey -Password (ConvertTo-SecureString '«P veeam password {pw:phrase}»' -AsPlainText -Force) -Description 'config backup 2026'
$repo = Get-VBRBackupRepository -Name 'NAS-CE-01'
Set-VBRConfigurationBackupJob -Repository $repo -EnableEncryption -EncryptionKey $key
# job id «D veeam job_id {uuid}»
"""),
    (R + "website-magnolia/src/main/webapp/WEB-INF/config/default/magnolia.properties", "magnolia:properties", """magnolia.repositories.jackrabbit.config=WEB-INF/config/repo-conf/jackrabbit-bundle-postgres-search.xml
magnolia.db.url=jdbc:postgresql://pg-web.mgs.internal:5432/magnolia_author
magnolia.db.username=magnolia
magnolia.db.password=«P postgres password {pw:human}»
magnolia.author.key.location=/srv/magnolia/keys/author.key
magnolia.instance.id=«D magnolia instance_id {uuid}»
"""),
    (R + "apps/kiosk/ios/Runner/Info.plist", "plist:kiosk", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleIdentifier</key>
	<string>uk.co.marrowgate.kiosk</string>
	<key>SpektrixApplicationKey</key>
	<string>«P spektrix application_key {a:40}»</string>
	<key>SentryDsnPublicKey</key>
	<string>«D sentry dsn_public_key {h:32}»</string>
</dict>
</plist>
"""),
    (R + "docs/sbom/boxoffice-api.spdx.json", "spdx:json", """{"spdxVersion":"SPDX-2.3","name":"boxoffice-api","documentNamespace":"https://mgs.corp/spdx/boxoffice-api-«D spdx namespace_uuid {uuid}»",
"packages":[{"name":"psycopg","versionInfo":"3.2.3","checksums":[{"algorithm":"SHA256","checksumValue":"«D spdx checksum {h:64}»"}]},
{"name":"stripe","versionInfo":"11.1.0","checksums":[{"algorithm":"SHA1","checksumValue":"«D spdx checksum {h:40}»"}]}]}
"""),
    (R + "infra/vpn/wg-edge-lyric.conf", "wireguard:conf", """[Interface]
Address = 10.99.0.3/24
PrivateKey = «P wireguard private_key {B64:32}»
DNS = 10.40.0.53

[Peer]
# hub (bastion)
PublicKey = «D wireguard public_key {B64:32}»
PresharedKey = «P wireguard preshared_key {B64:32}»
Endpoint = vpn.marrowgate-stages.co.uk:51820
AllowedIPs = 10.40.0.0/16
"""),
    (R + "apps/learning/config/credentials/staging.key", "rails:keyfile", "«P rails master_key {h:32}»\n"),
    (R + "infra/ldap/olc-databases.ldif", "ldif:slapd", """dn: olcDatabase={1}mdb,cn=config
olcSuffix: dc=mgs,dc=corp
olcRootDN: cn=admin,dc=mgs,dc=corp
olcRootPW: «D openldap ssha_hash {SSHA}{B64:24}»

dn: olcDatabase={2}mdb,cn=config
olcSuffix: dc=crew,dc=mgs,dc=corp
olcRootDN: cn=admin,dc=crew,dc=mgs,dc=corp
olcRootPW: «P openldap password {pw:gen}»
"""),
    (R + "infra/radius/clients.conf", "freeradius:clients", """client ce-wlc {
    ipaddr = 10.41.0.5
    secret = «P radius shared_secret {pw:gen}»
    shortname = ce-wlc
}
client ly-wlc {
    ipaddr = 10.42.0.5
    secret = «P radius shared_secret {a:24}»
}
client localhost {
    ipaddr = 127.0.0.1
    secret = testing123
}
"""),
    (R + "infra/snmp/generator.yml", "snmp:generator", """auths:
  venue_v2:
    community: «P snmp community {a:16}»
  venue_v3:
    version: 3
    username: prom
    security_level: authPriv
    password: «P snmp auth_password {pw:gen}»
    auth_protocol: SHA
    priv_protocol: AES
    priv_password: «P snmp priv_password {pw:phrase}»
modules:
  if_mib:
    walk: [sysUpTime, interfaces]
"""),
    (R + "ops-notes/meetings/2026-11-20-ops-sync.md", "markdown:minutes", """# Ops sync, 20 Nov 2026

Present: Rhian, Dafydd, Gethin, Ffion

* Panto get-in Monday. Guest Wi-Fi for the panto company: `MGS-Panto` / `«P wifi psk {pw:human}»`
* Ticket scanners: fixed (OPS-412).
* Gethin: new HubSpot sync token is in vault; **do not** use the one from the old README.
* Next sync: 27 Nov. Meeting id «D teams meeting_id {d:3} {d:3} {d:3} {d:3}», passcode on the invite.
"""),
    (R + "ops-notes/handover/night-shift.txt", "text:handover", """NIGHT HANDOVER - Lyric - Sat 22 Nov

- fire panel reset at 01:10, engineer visit Tues
- BMS alarm on AHU2, ignored per Dafydd
- safe code changed; new one with the duty manager, not written here
- alarm company portal: lyric.duty / «P alarm password {pw:season}»
- keyholder list printed, ref «D alarm account_ref ALR-{d:6}»
"""),
    (R + "infra/certs/README.md", "markdown:certs", """# Certificates

| host | issuer | sha256 fingerprint |
|------|--------|--------------------|
| tix.marrowgate.live | R11 | `«D tls fingerprint {H:64}»` |
| vpn.marrowgate-stages.co.uk | R10 | `«D tls fingerprint {H:64}»` |

The PFX for the ADFS signing cert is on the NAS; its import password is `«P pfx password {pw:policy}»`.
"""),
    (R + "apps/donations/config/justgiving.yml", "yaml:justgiving", """justgiving:
  app_id: «D justgiving app_id {h:8}»
  api_base: https://api.justgiving.com
  # charity admin login, used for the nightly fundraising export
  username: fundraising@marrowgate-stages.co.uk
  password: «P justgiving password {pw:human}»
"""),
]


def build(Doc):
    return files(Doc, "repos", SPECS)
