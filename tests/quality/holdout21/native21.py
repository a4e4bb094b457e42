"""Providers whose credential lives in a file format of its own (snippets/ half)."""
from vals21 import R, alnum, low, up, hexs, digits, uuid, b64, b64bytes, pick, pw, ALNUM, B64U


def daemonfiles(Doc):
    out = []
    d = Doc("snippets/daemonfiles/rsyncd.secrets", "snippets", "rsyncd-secrets")
    out.append((d, "# /etc/rsyncd.secrets (mode 600)\nbackup:%s\nmirror:%s\n" % (
        d.pos("daemonfiles", "rsyncd_secret", pw(spaced_ok=False)), d.pos("daemonfiles", "rsyncd_secret", pw(spaced_ok=False)))))
    d = Doc("snippets/daemonfiles/opensmtpd-secrets", "snippets", "opensmtpd-table")
    out.append((d, "# /etc/mail/secrets  -- table secrets file:/etc/mail/secrets\nrelay  relay-user@acme.example:%s\n" % d.pos("daemonfiles", "opensmtpd_relay", pw(url_safe=True))))
    d = Doc("snippets/daemonfiles/stream.conf", "snippets", "netdata-stream")
    out.append((d, "[stream]\n    enabled = yes\n    destination = parent.lan:19999\n    api key = %s\n\n[%s]\n    enabled = yes\n    default history = 3600\n" % (
        d.pos("daemonfiles", "netdata_stream_api_key", uuid()), d.dec("daemonfiles", "netdata_machine_guid", uuid()))))
    return out


def zulip(Doc):
    d = Doc("snippets/zulip/.zuliprc", "snippets", "zuliprc")
    return [(d, "[api]\nemail=standup-bot@chat.acme.example\nkey=%s\nsite=https://chat.acme.example\n# old key, revoked: %s\n" % (
        d.pos("zulip", "bot_api_key", alnum(32)), d.dec("zulip", "masked", alnum(4) + "*" * 24 + alnum(4))))]


def postgres(Doc):
    d = Doc("snippets/postgres/pgpass", "snippets", "pgpass")
    p1, p2 = pw(spaced_ok=False), pw(spaced_ok=False)
    return [(d, "# hostname:port:database:username:password\ndb-primary.internal:5432:ledger:ledger_app:%s\n*:6432:*:pgbouncer:%s\nlocalhost:5432:*:postgres:%s\n" % (
        d.pos("postgres", "pgpass_password", p1.replace(":", "\\:")), d.pos("postgres", "pgpass_password", p2.replace(":", "\\:")),
        d.dec("postgres", "pgpass_wildcard", "*")))]


def proxysql(Doc):
    d = Doc("snippets/proxysql/proxysql.cnf", "snippets", "proxysql-cnf")
    return [(d, 'datadir="/var/lib/proxysql"\nadmin_variables=\n{\n    admin_credentials="admin:%s;cluster1:%s"\n    mysql_ifaces="0.0.0.0:6032"\n}\nmysql_variables=\n{\n    monitor_username="monitor"\n    monitor_password="%s"\n    threads=4\n}\nmysql_users=\n(\n    { username = "shop", password = "%s", default_hostgroup = 0 },\n    { username = "reporting", password = "%s", default_hostgroup = 1 }\n)\n' % (
        d.pos("proxysql", "admin_password", pw(url_safe=True)), d.pos("proxysql", "cluster_password", pw(url_safe=True)),
        d.pos("proxysql", "monitor_password", pw(url_safe=True)), d.pos("proxysql", "mysql_user_password", pw(url_safe=True)),
        d.dec("proxysql", "mysql_native_hash", "*" + hexs(40).upper())))]


def airflow(Doc):
    d = Doc("snippets/airflow/airflow.cfg", "snippets", "airflow-cfg")
    return [(d, "[core]\nexecutor = CeleryExecutor\nfernet_key = %s\nload_examples = False\n\n[webserver]\nsecret_key = %s\nbase_url = https://airflow.acme.example\n\n[database]\nsql_alchemy_conn = %s\n" % (
        d.pos("airflow", "fernet_key", b64bytes(32, url=True)), d.pos("airflow", "webserver_secret_key", hexs(32)),
        d.secret("airflow", "sqlalchemy_url", "postgresql+psycopg2://airflow:%s@pg.internal:5432/airflow" % pw(url_safe=True))))]


def fetchmail(Doc):
    d = Doc("snippets/fetchmail/fetchmailrc", "snippets", "fetchmailrc")
    return [(d, 'set daemon 300\npoll imap.fastmail.com proto IMAP port 993\n  user "ops@acme.example" there with password "%s" is ops here\n  options ssl keep\npoll pop.legacyhost.example proto POP3\n  user "archive" password "%s" is archive here\n' % (
        d.pos("fetchmail", "password", pw()), d.pos("fetchmail", "password", pw(spaced_ok=False))))]


def jenkinshome(Doc):
    d = Doc("snippets/jenkinshome/setup.log", "snippets", "jenkins-log")
    a = Doc("snippets/jenkinshome/master.key", "snippets", "jenkins-master-key")
    return [(d, "2026-11-30 09:12:44.118+0000 [id=31]\tINFO\tjenkins.install.SetupWizard#init: \n\n*************************************************************\n\nJenkins initial setup is required. An admin user has been created and a password generated.\nPlease use the following password to proceed to installation:\n\n%s\n\nThis may also be found at: /var/jenkins_home/secrets/initialAdminPassword\n\n*************************************************************\n" % d.pos("jenkinshome", "initial_admin_password", hexs(32))),
            (a, a.pos("jenkinshome", "master_key", hexs(512)) + "\n")]


def akamai(Doc):
    d = Doc("snippets/akamai/.edgerc", "snippets", "edgerc")
    return [(d, "[default]\nclient_secret = %s\nhost = %s\naccess_token = %s\nclient_token = %s\n\n[ccu]\nclient_secret = %s\nhost = akab-%s-%s.luna.akamaiapis.net\naccess_token = akab-%s-%s\nclient_token = akab-%s-%s\n" % (
        d.pos("akamai", "client_secret", b64bytes(32)), d.dec("akamai", "host", "akab-%s-%s.luna.akamaiapis.net" % (low(16), low(16))),
        d.pos("akamai", "access_token", "akab-%s-%s" % (low(16), low(16))), d.pos("akamai", "client_token", "akab-%s-%s" % (low(16), low(16))),
        d.pos("akamai", "client_secret", b64bytes(32)), low(16), low(16), low(16), low(16), low(16), low(16)))]


def rclone(Doc):
    d = Doc("snippets/rclone/rclone.conf", "snippets", "rclone-conf")
    return [(d, "[b2-archive]\ntype = b2\naccount = %s\nkey = %s\n\n[nas]\ntype = sftp\nhost = nas.lan\nuser = backup\npass = %s\n\n[wasabi]\ntype = s3\nprovider = Wasabi\naccess_key_id = %s\nsecret_access_key = %s\nendpoint = s3.eu-central-2.wasabisys.com\n" % (
        d.dec("rclone", "b2_key_id", "005" + hexs(22)), d.pos("rclone", "b2_application_key", "K005" + pick(ALNUM + "/+", 27)),
        d.pos("rclone", "obscured_pass", pick(B64U, 43)), d.dec("rclone", "wasabi_access_key_id", up(20)), d.pos("rclone", "s3_secret", pick(ALNUM + "/+", 40))))]


def windows(Doc):
    d = Doc("snippets/windows/autounattend.xml", "snippets", "unattend-xml")
    p1, p2 = pw(url_safe=True), pw(url_safe=True)
    enc = b64((p2 + "AdministratorPassword").encode("utf-16-le"))
    p = Doc("snippets/windows/provision.ps1", "snippets", "powershell-securestring")
    return [(d, '<?xml version="1.0" encoding="utf-8"?>\n<unattend xmlns="urn:schemas-microsoft-com:unattend">\n  <settings pass="oobeSystem">\n    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64">\n      <UserAccounts>\n        <LocalAccounts>\n          <LocalAccount wcm:action="add">\n            <Password>\n              <Value>%s</Value>\n              <PlainText>true</PlainText>\n            </Password>\n            <Name>kiosk</Name>\n          </LocalAccount>\n        </LocalAccounts>\n        <AdministratorPassword>\n          <Value>%s</Value>\n          <PlainText>false</PlainText>\n        </AdministratorPassword>\n      </UserAccounts>\n      <ProductKey>%s</ProductKey>\n    </component>\n  </settings>\n</unattend>\n' % (
        d.pos("windows", "unattend_password", p1), d.pos("windows", "unattend_password_encoded", p2, shown=enc, encoded="base64-utf16", encoded_value=enc, accept=[enc]),
        d.dec("windows", "kms_client_key", "W269N-WFGWX-YVC9B-4J6C9-T83GX"))),
            (p, '$cred = New-Object PSCredential("ACME\\svc-deploy", (ConvertTo-SecureString "%s" -AsPlainText -Force))\n$thumb = "%s"\nInvoke-Command -ComputerName app01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }\n' % (
                p.pos("windows", "securestring_plaintext", pw(url_safe=True)), p.dec("windows", "cert_thumbprint", hexs(40).upper())))]


def redissentinel(Doc):
    d = Doc("snippets/redissentinel/sentinel.conf", "snippets", "sentinel-conf")
    return [(d, "port 26379\nsentinel monitor cache-main 10.0.4.11 6379 2\nsentinel auth-pass cache-main %s\nsentinel down-after-milliseconds cache-main 5000\nsentinel myid %s\nrequirepass %s\n" % (
        d.pos("redissentinel", "auth_pass", pw(spaced_ok=False)), d.dec("redissentinel", "sentinel_myid", hexs(40)), d.pos("redissentinel", "requirepass", alnum(32))))]


def kaggle(Doc):
    d = Doc("snippets/kaggle/kaggle.json", "snippets", "kaggle-json")
    return [(d, '{"username":"%s","key":"%s"}\n' % (d.dec("kaggle", "username", low(9)), d.pos("kaggle", "api_key", hexs(32))))]


def terraform(Doc):
    d = Doc("snippets/terraform/.terraformrc", "snippets", "terraformrc")
    return [(d, 'plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"\n\ncredentials "app.terraform.io" {\n  token = "%s"\n}\n\ncredentials "tfe.acme.example" {\n  token = "%s"\n}\n' % (
        d.pos("terraform", "api_token", alnum(14) + ".atlasv1." + alnum(67)), d.pos("terraform", "api_token", alnum(14) + ".atlasv1." + alnum(67))))]


def gitlabsecrets(Doc):
    d = Doc("snippets/gitlabsecrets/gitlab-secrets.json", "snippets", "gitlab-secrets-json")
    return [(d, '{\n  "gitlab_rails": {\n    "secret_key_base": "%s",\n    "db_key_base": "%s",\n    "otp_key_base": "%s"\n  },\n  "gitlab_shell": {\n    "secret_token": "%s"\n  }\n}\n' % (
        d.pos("gitlabsecrets", "secret_key_base", hexs(128)), d.pos("gitlabsecrets", "db_key_base", hexs(128)),
        d.pos("gitlabsecrets", "otp_key_base", hexs(128)), d.pos("gitlabsecrets", "shell_secret_token", hexs(64))))]


def wildfly(Doc):
    d = Doc("snippets/wildfly/standalone.xml", "snippets", "wildfly-xml")
    return [(d, '<subsystem xmlns="urn:wildfly:elytron:18.0">\n  <credential-stores>\n    <credential-store name="appstore" relative-to="jboss.server.data.dir" location="app.cs" create="true">\n      <credential-reference clear-text="%s"/>\n    </credential-store>\n  </credential-stores>\n</subsystem>\n<datasource jndi-name="java:jboss/datasources/OrdersDS" pool-name="OrdersDS">\n  <connection-url>jdbc:postgresql://db:5432/orders</connection-url>\n  <security user-name="orders" password="%s"/>\n</datasource>\n<credential-reference store="appstore" alias="%s"/>\n' % (
        d.pos("wildfly", "credential_store_clear_text", pw(url_safe=True)), d.pos("wildfly", "datasource_password", pw(url_safe=True)), d.dec("wildfly", "alias", "orders-db")))]


def esphome(Doc):
    d = Doc("snippets/esphome/greenhouse.yaml", "snippets", "esphome-yaml")
    return [(d, 'esphome:\n  name: greenhouse\nesp32:\n  board: esp32dev\napi:\n  encryption:\n    key: "%s"\nota:\n  - platform: esphome\n    password: "%s"\nwifi:\n  ssid: "Polytunnel"\n  password: !secret wifi_password\n  ap:\n    password: "%s"\n' % (
        d.pos("esphome", "api_encryption_key", b64bytes(32)), d.pos("esphome", "ota_password", hexs(32)), d.pos("esphome", "fallback_ap_password", pw(url_safe=True))))]


def cifs(Doc):
    d = Doc("snippets/cifs/fstab", "snippets", "fstab")
    return [(d, "UUID=%s /               ext4    errors=remount-ro 0 1\n//nas.lan/media   /mnt/media   cifs  username=kodi,password=%s,uid=1000,iocharset=utf8  0  0\n//fs01/finance    /mnt/finance cifs  credentials=/root/.smbcred,vers=3.0  0  0\n" % (
        d.dec("cifs", "fs_uuid", uuid()), d.pos("cifs", "mount_password", pw(url_safe=True))))]


NATIVE = {f.__name__: [f] for f in (daemonfiles, zulip, postgres, proxysql, airflow, fetchmail, jenkinshome, akamai, rclone,
                                     windows, redissentinel, kaggle, terraform, gitlabsecrets, wildfly, esphome, cifs)}
