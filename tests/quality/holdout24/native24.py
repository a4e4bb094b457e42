"""Snippets for providers whose credential lives in a file or command of its own."""
from tmpl24 import files

NATIVE_SPECS = {
    "s3fs": [("snippets/s3fs/etc/passwd-s3fs", "passwd-s3fs",
              "«P aws access-key-id awsid»:«P aws s3fs-secret awssec»\n"),
             ("snippets/s3fs/fstab", "fstab",
              "# media bucket, creds in /etc/passwd-s3fs\nfernquay-media /srv/media fuse.s3fs _netdev,allow_other,passwd_file=/etc/passwd-s3fs,url=https://s3.eu-west-1.amazonaws.com 0 0\n")],
    "daemonfiles": [("snippets/daemonfiles/etc/ipsec.secrets", "ipsec.secrets",
                     "# strongSwan: site-to-site with the Leeds office\n203.0.113.10 198.51.100.7 : PSK \"«P daemonfiles strongswan-psk pw»\"\n# the road-warrior pool uses certificates\n: RSA /etc/ipsec.d/private/gw.key\n")],
    "har": [("snippets/har/checkout-session.har", "har",
             '{"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "133.0"},\n  "entries": [{\n    "request": {"method": "POST", "url": "https://api.fernquay.example/v2/checkout",\n      "headers": [\n        {"name": "Accept", "value": "application/json"},\n        {"name": "Authorization", "value": "Bearer «P har bearer-token b64u48»"},\n        {"name": "X-Request-Id", "value": "«D har request_id uuid»"}\n      ],\n      "cookies": [{"name": "fq_session", "value": "«P har session-cookie b64u64»"}],\n      "postData": {"mimeType": "application/json", "text": "{\\"cart\\":\\"«D har cart_id uuid»\\"}"}},\n    "response": {"status": 201, "headers": [{"name": "ETag", "value": "W/\\"«D har etag hex32»\\""}]}\n  }]}}\n')],
    "postgres": [("snippets/postgres/pgpass", ".pgpass",
                  "# hostname:port:database:username:password\nreplica-2.db.fernquay.internal:5432:*:replicator:«P postgres pgpass-password pw»\nlocalhost:5432:fernquay_test:tester:*\n")],
    "bacula": [("snippets/bacula/bacula-fd.conf", "bacula-fd.conf",
                'Director {\n  Name = backup-dir\n  Password = "«P bacula director-password an32»"\n}\n\nDirector {\n  Name = backup-mon\n  Password = "«P bacula monitor-password pw»"\n  Monitor = yes\n}\n\nFileDaemon {\n  Name = web-3-fd\n  FDport = 9102\n}\n')],
    "bundler": [("snippets/bundler/.bundle/config", "bundle-config",
                 '---\nBUNDLE_PATH: "vendor/bundle"\nBUNDLE_GEMS__CONTRIBSYS__COM: "«D bundler username hex8»:«P bundler sidekiq-pro-credential hex8»"\nBUNDLE_JOBS: "4"\n')],
    "wildfly": [("snippets/wildfly/standalone.xml", "wildfly-standalone.xml",
                 '<subsystem xmlns="urn:wildfly:elytron:18.0">\n  <credential-stores>\n    <credential-store name="appstore" location="appstore.cs" relative-to="jboss.server.config.dir" create="true">\n      <credential-reference clear-text="«P wildfly credential-store-password upw»"/>\n    </credential-store>\n  </credential-stores>\n</subsystem>\n<datasource jndi-name="java:jboss/datasources/OrdersDS" pool-name="OrdersDS">\n  <security user-name="orders">\n    <credential-reference store="appstore" alias="orders-db"/>\n  </security>\n</datasource>\n')],
    "sendmail": [("snippets/sendmail/authinfo", "sendmail-authinfo",
                  'AuthInfo:smtp.relay.fernquay.example "U:alerts@fernquay.example" "P:«P sendmail authinfo-password upw»" "M:PLAIN"\n')],
    "proxysql": [("snippets/proxysql/proxysql.cnf", "proxysql.cnf",
                  'admin_variables=\n{\n    admin_credentials="admin:«P proxysql admin-password upw»;cluster1:«P proxysql cluster-password an24»"\n    mysql_ifaces="0.0.0.0:6032"\n}\nmysql_users=\n(\n    { username = "orders", password = "«D proxysql mysql-native-hash *|HEX40»", default_hostgroup = 10 }\n)\n')],
    "mbsync": [("snippets/mbsync/.mbsyncrc", "mbsyncrc",
                "IMAPAccount work\nHost imap.fernquay.example\nUser dana@fernquay.example\nPass «P mbsync imap-password upw»\nSSLType IMAPS\n\nIMAPAccount personal\nHost imap.fastmail.com\nUser dana@fastmail.example\nPassCmd \"pass show mail/fastmail\"\n")],
    "backuppass": [("snippets/backuppass/restic-env.sh", "restic-env",
                    "export RESTIC_REPOSITORY=s3:s3.eu-central-1.wasabisys.com/fernquay-restic\nexport RESTIC_PASSWORD='«P backuppass restic-password pw»'\nexport AWS_ACCESS_KEY_ID=«D wasabi access-key-id uan20»\n# secret key comes from pass(1)\nexport AWS_SECRET_ACCESS_KEY=$(pass show wasabi/restic)\n")],
    "lftp": [("snippets/lftp/mirror.lftp", "lftp-script",
              "set ssl:verify-certificate yes\nopen -u deploy,«P lftp open-password upw» ftps://files.printshop.example\nmirror -R --delete ./dist /public_html\nbye\n")],
    "wifipsk": [("snippets/wifipsk/provision-kiosk.sh", "nmcli",
                 "#!/bin/sh\n# kiosk tablets join the shop floor network\nnmcli device wifi connect \"Fernquay-Floor\" password '«P wifipsk nmcli-password pw»' ifname wlan0\nnmcli connection modify Fernquay-Floor connection.autoconnect yes\n")],
}


def build(Doc):
    out = {}
    for prov, specs in NATIVE_SPECS.items():
        out[prov] = files(Doc, "snippets", specs)
    return out
