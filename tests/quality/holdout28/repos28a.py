"""repos/ part 1 of holdout28: Brightwater Linen Services' plant, application and infrastructure files.
Three plants: Leeds (lds), Hull (hul), Derby (dby). @@S = plant short name, @@C = city, @@N = a person."""
from tmpl28 import files

SITES = [("lds", "Leeds", "Priya"), ("hul", "Hull", "Gareth"), ("dby", "Derby", "Wojciech")]

T = [
    ("bwl-plant-@@S/opcua/washer-client.json", "opcua-client-json", """{
  "endpoint": "opc.tcp://tunnel-washer-@@S.plant.bwl.corp:4840",
  "securityPolicy": "Basic256Sha256",
  "securityMode": "SignAndEncrypt",
  "userIdentity": {"type": "UserName", "userName": "historian", "password": "«P opcua password pw»"},
  "applicationUri": "urn:bwl:historian:@@S",
  "serverCertificateThumbprint": "«D opcua cert_thumbprint HEX:40»"
}
"""),
    ("bwl-plant-@@S/modbus-gw/gateway.ini", "modbus-gateway-ini", """; Moxa MGate behind the dryers, @@C
[network]
ip = 10.4@@Y.20.11
[admin]
user = admin
password = «P modbus admin_password pw»
[cloud]
mqtt_host = mqtt.bwlinen.io
mqtt_user = gw-@@S-dryers
mqtt_pass = «P mqtt password pw»
serial = «D modbus serial_number MG5+dig:9»
"""),
    ("bwl-plant-@@S/rfid/impinj-r700.json", "llrp-reader-json", """{
  "reader": "r700-@@S-dock2",
  "llrp": {"host": "10.4@@Y.30.5", "port": 5084},
  "rest": {"user": "root", "password": "«P impinj reader_password pw»"},
  "tagFilter": {"epcPrefix": "«D impinj epc_prefix 3034+HEX:8»"},
  "upstream": {"url": "https://track.bwlinen.io/ingest", "token": "«P bwltrack ingest_token bwt_+an:40»"}
}
"""),
    ("bwl-plant-@@S/labview/Washer Monitor.ini", "labview-ini", """[Washer Monitor]
server.tcp.enabled=True
DB.Host=historian-@@S.bwl.corp
DB.User=lv_writer
DB.Password="«P mssql password pw»"
Instrument.VISA="TCPIP0::10.4@@Y.20.40::inst0::INSTR"
"""),
    ("bwl-erp/sap/sapnwrfc-@@S.ini", "sapnwrfc-ini", """DEST=BWL_PRD_@@S
ASHOST=sapprd.bwl.corp
SYSNR=00
CLIENT=100
USER=RFC_LINEN_@@S
PASSWD=«P sap rfc_password pw»
LANG=EN
"""),
    ("bwl-erp/edi/x12/nhs-@@S-810.x12", "x12-isa", """ISA*01*«P edi isa_password uc:10»*00*          *ZZ*BWLINEN@@S     *ZZ*NHSSUPPLY      *261202*1930*U*00401*000000@@Y21*0*P*>~
GS*IN*BWLINEN*NHSSUPPLY*20261202*1930*@@Y21*X*004010~
ST*810*0001~
BIG*20261201*INV-@@Y8812~
SE*3*0001~
"""),
    ("bwl-erp/as2/partnerships-@@S.xml", "openas2-partnerships", """<partnerships>
  <partner name="bwlinen" as2_id="BWLINEN" x509_alias="bwlinen" email="edi@bwlinen.co.uk"/>
  <partner name="hotelgroup" as2_id="HTLGRP" x509_alias="htlgrp"/>
  <partnership name="bwlinen-to-hotelgroup">
    <sender name="bwlinen"/><receiver name="hotelgroup"/>
    <attribute name="as2_url" value="https://as2.htlgrp.com:4080"/>
    <attribute name="basic_auth_user" value="bwlinen"/>
    <attribute name="basic_auth_password" value="«P as2 basic_auth_password pw»"/>
    <attribute name="mic_algorithm" value="sha256"/>
  </partnership>
  <!-- keystore: as2_certs.p12, password in the vault (not «D as2 placeholder changeit») -->
</partnerships>
"""),
    ("bwl-it/odbc/odbc-@@S.ini", "odbc-ini", """[RoutesDW]
Driver=ODBC Driver 18 for SQL Server
Server=tcp:dw.bwl.corp,1433
Database=Routes
UID=powerbi_@@S
PWD=«P mssql password pw»
Encrypt=yes

[Legacy]
Driver=FreeTDS
Servername=legacy-@@S
Database=laundry
UID=sa
PWD=«D mssql env_reference %LEGACY_SA_PW%»
"""),
    ("bwl-it/papercut/server-@@S.properties", "papercut-properties", """# PaperCut MF application server, @@C plant office
database.type=SQLServer
database.driver=net.sourceforge.jtds.jdbc.Driver
database.url=jdbc:jtds:sqlserver://sql-@@S.bwl.corp/papercut
database.username=papercut
database.password=«P papercut db_password pw»
server.port=9191
"""),
    ("bwl-it/voip/kamctlrc-@@S", "kamctlrc", """## kamailio control tool resource file, @@C
SIP_DOMAIN=sip-@@S.bwl.corp
DBENGINE=MYSQL
DBHOST=db-voip.bwl.corp
DBNAME=kamailio
DBRWUSER="kamailio"
DBRWPW="«P kamailio dbrw_password pw»"
DBROUSER="kamailioro"
DBROPW="«D kamailio masked ********»"
"""),
    ("bwl-infra/ftp/proftpd-sql-@@S.conf", "proftpd-sql", """<IfModule mod_sql.c>
  SQLBackend mysql
  SQLConnectInfo proftpd@db-ftp.bwl.corp:3306 proftpd «P proftpd sql_password pw»
  SQLAuthTypes Crypt
  SQLUserInfo ftpuser userid passwd uid gid homedir shell
</IfModule>
# hotel partner upload account hash (crypt): «D proftpd sha512_crypt $6$+crypt:16+$+crypt:86»
"""),
    ("bwl-infra/autofs/auto.scans-@@S", "autofs-map", """# /etc/auto.master.d/scans.autofs -> /mnt/scans /etc/auto.scans
ward-returns -fstype=cifs,rw,username=svc_scan,password=«P cifs password pw»,domain=BWL ://fs-@@S.bwl.corp/ward-returns
invoices     -fstype=cifs,ro,credentials=/etc/cifs-creds/invoices ://fs-@@S.bwl.corp/invoices
"""),
    ("bwl-infra/sssd/sssd-@@S.conf", "sssd-conf", """[sssd]
domains = bwl.corp
services = nss, pam

[domain/bwl.corp]
id_provider = ldap
ldap_uri = ldaps://dc1.bwl.corp
ldap_default_bind_dn = cn=sssd-@@S,ou=svc,dc=bwl,dc=corp
ldap_default_authtok_type = password
ldap_default_authtok = «P ldap bind_password pw»
"""),
    ("bwl-infra/nslcd/nslcd-@@S.conf", "nslcd-conf", """uid nslcd
gid nslcd
uri ldap://dc2.bwl.corp
base dc=bwl,dc=corp
binddn cn=nslcd,ou=svc,dc=bwl,dc=corp
bindpw «P ldap bind_password pw»
ssl start_tls
"""),
    ("bwl-infra/network/tac_plus-@@S.conf", "tac-plus-conf", """key = «P tacacs shared_key pw»
accounting file = /var/log/tac_plus.acct
group = netadmin { default service = permit }
user = @@N.ops {
    login = cleartext "«P tacacs login_password pw»"
    member = netadmin
}
user = breakglass {
    login = des «D tacacs des_hash an:13»
}
"""),
    ("bwl-infra/dhcp/dhcpd-@@S.conf", "dhcpd-omapi", """omapi-port 7911;
key omapi_key {
    algorithm hmac-md5;
    secret «P isc omapi_key b64r:64»;
};
omapi-key omapi_key;
subnet 10.4@@Y.0.0 netmask 255.255.0.0 { range 10.4@@Y.200.10 10.4@@Y.200.250; }
"""),
    ("bwl-infra/storage/drbd-r0-@@S.res", "drbd-res", """resource r0 {
  net {
    cram-hmac-alg sha1;
    shared-secret "«P drbd shared_secret pw»";
  }
  on nas-@@S-a { device /dev/drbd0; disk /dev/sdb1; address 10.4@@Y.1.21:7789; meta-disk internal; }
  on nas-@@S-b { device /dev/drbd0; disk /dev/sdb1; address 10.4@@Y.1.22:7789; meta-disk internal; }
}
"""),
    ("bwl-infra/rabbitmq/rabbitmq-@@S.conf", "rabbitmq-conf", """listeners.tcp.default = 5672
default_user = bwl
default_pass = «P rabbitmq default_pass pw»
management.tcp.port = 15672
cluster_formation.peer_discovery_backend = classic_config
"""),
    ("bwl-infra/cassandra/cqlshrc-@@S", "cqlshrc", """[authentication]
username = telemetry
password = «P cassandra password pw»

[connection]
hostname = cass-@@S.bwl.corp
port = 9042
"""),
    ("bwl-infra/redis/redis-@@S.conf", "redis-conf", """bind 10.4@@Y.5.10
port 6379
requirepass «P redis requirepass pw»
maxmemory 2gb
"""),
    ("bwl-infra/ceph/ceph.client.backup-@@S.keyring", "ceph-keyring", """[client.backup-@@S]
	key = «P ceph client_key AQ+b64r:38»
	caps mon = "allow r"
	caps osd = "allow rwx pool=backups"
"""),
    ("bwl-infra/iscsi/iscsid-@@S.conf", "iscsid-conf", """node.startup = automatic
node.session.auth.authmethod = CHAP
node.session.auth.username = iqn.2026-01.corp.bwl:@@S-esx
node.session.auth.password = «P iscsi chap_password an:14»
discovery.sendtargets.auth.authmethod = CHAP
discovery.sendtargets.auth.password = «D iscsi placeholder <CHAP secret from the SAN>»
"""),
    ("bwl-infra/wifi/PlantFloor-@@S.nmconnection", "nmconnection", """[connection]
id=BWL-PlantFloor
type=wifi
[wifi]
ssid=BWL-PlantFloor
[wifi-security]
key-mgmt=wpa-psk
psk=«P wifi psk pw»
[ipv4]
method=auto
"""),
    ("bwl-infra/wifi/handhelds-@@S.psk", "iwd-psk", """[Security]
Passphrase=«P wifi passphrase pw»
PreSharedKey=«P wifi derived_psk hex:64»
"""),
    ("bwl-infra/network/interfaces-@@S", "ifupdown-wpa", """auto wlan0
iface wlan0 inet dhcp
    wpa-ssid BWL-Vans
    wpa-psk «P wifi psk pw»
"""),
    ("bwl-infra/fortigate/site-vpn-@@S.conf", "fortigate-cli", """config vpn ipsec phase1-interface
    edit "to-@@S"
        set interface "wan1"
        set remote-gw 203.0.113.@@Y
        set psksecret «P ipsec psk pw»
    next
end
config system admin
    edit "backup-admin"
        set password ENC «D fortigate enc_password SH2+b64:60»
    next
end
"""),
    ("bwl-infra/ansible/inventory-@@S.ini", "ansible-inventory-ini", """[plc_gateways]
gw-@@S-01 ansible_host=10.4@@Y.20.11
gw-@@S-02 ansible_host=10.4@@Y.20.12

[plc_gateways:vars]
ansible_user=ops
ansible_password=«P ssh password pw»
ansible_become_password="«D ansible vault_reference {{ vault_become_password }}»"

[windows_kiosks]
kiosk-@@S-1 ansible_connection=winrm ansible_user=Administrator ansible_password="«P winrm password pw»"
"""),
    ("bwl-infra/libvirt/hmi-@@S.xml", "libvirt-domain", """<domain type='kvm'>
  <name>hmi-@@S</name>
  <memory unit='GiB'>4</memory>
  <devices>
    <graphics type='vnc' port='-1' autoport='yes' listen='0.0.0.0' passwd='«P vnc password an:8»'/>
    <interface type='bridge'><source bridge='br-plant'/><mac address='«D libvirt mac 52:54:00:+hex:2+:+hex:2+:+hex:2»'/></interface>
  </devices>
  <uuid>«D libvirt domain_uuid uuid»</uuid>
</domain>
"""),
    ("bwl-infra/lxc/historian-@@S.conf", "lxc-conf", """lxc.uts.name = historian-@@S
lxc.net.0.type = veth
lxc.net.0.link = br-plant
lxc.environment = INFLUX_TOKEN=«P influxdb api_token b64ur:64+==»
lxc.environment = TZ=Europe/London
"""),
    ("bwl-infra/vmware/scanner-@@S.vmx", "vmx", """.encoding = "UTF-8"
displayName = "scanner-@@S"
guestOS = "ubuntu-64"
RemoteDisplay.vnc.enabled = "TRUE"
RemoteDisplay.vnc.password = "«P vnc password an:8»"
guestinfo.bwl.enroll_token = "«P bwl enroll_token bwe_+an:32»"
uuid.bios = "«D vmware bios_uuid 56 4d +hex:2+ +hex:2+ 1a 2b 3c 4d-5e 6f 70 81 92 a3 b4 c5»"
"""),
    ("bwl-it/mdm/WiFi-Vans-@@S.mobileconfig", "mobileconfig", """<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
  <key>PayloadContent</key><array><dict>
    <key>SSID_STR</key><string>BWL-Vans</string>
    <key>EncryptionType</key><string>WPA2</string>
    <key>Password</key><string>«P wifi psk pw»</string>
    <key>PayloadUUID</key><string>«D apple payload_uuid uuid»</string>
  </dict></array>
</dict></plist>
"""),
    ("bwl-it/sysprep/kiosk-@@S-unattend-notes.txt", "sysprep-notes", """Kiosk image @@C, sysprep run 2026-11-20 by @@N
local admin: kioskadmin  /  «P windows local_admin_password pw»
auto-logon user: kiosk (no password, shell = kiosk.exe)
Intune enrolment via the provisioning package, ppkg bulk token in the vault, not here.
"""),
    ("bwl-it/wsl/.wslconfig-@@S", "wslconfig", """[wsl2]
memory=8GB
processors=4
# proxy for the plant network (user ops-@@S)
kernelCommandLine = "http_proxy=http://ops-@@S:«P proxy password pw»@proxy.bwl.corp:3128"
"""),
]


def site_sub(text, short, city, person, i):
    return text.replace("@@S", short).replace("@@C", city).replace("@@N", person.lower()).replace("@@Y", str(i + 1))


def build(Doc):
    specs = []
    for i, (s, city, person) in enumerate(SITES):
        for path, shape, text in T:
            specs.append(("repos/" + site_sub(path, s, city, person, i), shape, site_sub(text, s, city, person, i)))
    return files(Doc, "repos", specs)
