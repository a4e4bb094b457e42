"""repos/ project kinds none of holdout12-20's READMEs name (self-hosted apps, game servers,
network gear, home automation, k8s distributions, proxies, brokers, desktop/data tools)."""
from vals21 import R, alnum, low, up, hexs, digits, uuid, b64, b64bytes, pick, pw, ALNUM, B64U
from repos21 import P, U, D, key, aws_id, aws_secret

SHA512 = lambda: "$6$" + pick(ALNUM + "./", 16) + "$" + pick(ALNUM + "./", 86)


def miniflux(d, j):
    return "DATABASE_URL=%s\nRUN_MIGRATIONS=1\nCREATE_ADMIN=1\nADMIN_USERNAME=admin\nADMIN_PASSWORD=%s\nOAUTH2_CLIENT_SECRET=%s\nPOLLING_FREQUENCY=30\n" % (
        U(d, "postgres", "miniflux", "db/miniflux?sslmode=disable"), P(d), D(d, "env_ref", "${OAUTH2_CLIENT_SECRET}"))


def freshrss(d, j):
    return "<?php\nreturn array (\n  'salt' => '%s',\n  'db' => array (\n    'type' => 'mysql',\n    'host' => 'db',\n    'user' => 'freshrss',\n    'password' => '%s',\n  ),\n  'api_enabled' => true,\n);\n" % (
        d.pos("generic", "app_salt", hexs(40)), P(d))


def wallabag(d, j):
    return "parameters:\n    database_driver: pdo_pgsql\n    database_password: %s\n    mailer_dsn: %s\n    secret: %s\n    fosuser_registration: false\n" % (
        P(d), U(d, "smtp", "wallabag", "mail.%s.example:465" % j), d.pos("generic", "app_secret", alnum(30)))


def kanboard(d, j):
    return "<?php\ndefine('DB_DRIVER', 'postgres');\ndefine('DB_USERNAME', 'kanboard');\ndefine('DB_PASSWORD', '%s');\ndefine('LDAP_BIND_PASSWORD', '%s');\ndefine('MAIL_SMTP_PASSWORD', '');\ndefine('API_AUTHENTICATION_TOKEN', '%s');\n" % (P(d), P(d), D(d, "placeholder", "replace-with-a-random-token"))


def umami(d, j):
    return "services:\n  umami:\n    image: ghcr.io/umami-software/umami:postgresql-latest\n    environment:\n      DATABASE_URL: %s\n      APP_SECRET: %s\n      HASH_SALT: ${UMAMI_SALT}\n" % (
        U(d, "postgresql", "umami", "db:5432/umami"), d.pos("generic", "app_secret", hexs(64)))


def akkoma(d, j):
    return "import Config\n\nconfig :pleroma, Pleroma.Web.Endpoint,\n  secret_key_base: \"%s\",\n  signing_salt: \"%s\"\n\nconfig :pleroma, Pleroma.Repo,\n  username: \"akkoma\",\n  password: \"%s\",\n  database: \"akkoma\"\n" % (
        d.pos("generic", "secret_key_base", pick(ALNUM + "+/", 64)), D(d, "signing_salt", alnum(8)), P(d))


def lemmy(d, j):
    return "{\n  database: {\n    password: \"%s\"\n    host: \"postgres\"\n  }\n  hostname: \"%s.social\"\n  setup: {\n    admin_username: \"admin\"\n    admin_password: \"%s\"\n    site_name: \"%s\"\n  }\n  email: {\n    smtp_server: \"mail:25\"\n    smtp_password: \"%s\"\n  }\n}\n" % (
        P(d), j, P(d), j, P(d))


def peertube(d, j):
    return "secrets:\n  peertube: '%s'\ndatabase:\n  hostname: 'postgres'\n  username: 'peertube'\n  password: '%s'\nsmtp:\n  transport: smtp\n  username: 'videos@%s.example'\n  password: '%s'\nobject_storage:\n  enabled: true\n  credentials:\n    access_key_id: '%s'\n    secret_access_key: '%s'\n    # example from the AWS docs: %s\n" % (
        d.pos("generic", "app_secret", hexs(64)), P(d), j, P(d), d.pos("aws", "access_key_id", aws_id()), d.pos("aws", "secret_access_key", aws_secret()), D(d, "aws_docs_example", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))


def misskey(d, j):
    return "url: https://notes.%s.example/\nport: 3000\ndb:\n  host: db\n  db: misskey\n  user: misskey\n  pass: %s\nredis:\n  host: redis\n  pass: %s\nid: 'aidx'\nsentryForBackend:\n  options:\n    dsn: '%s'\n" % (j, P(d), P(d), D(d, "sentry_dsn", "https://%s@o%s.ingest.sentry.io/%s" % (hexs(32), digits(6), digits(7))))


def overseerr(d, j):
    return '{\n  "clientId": "%s",\n  "main": {\n    "apiKey": "%s",\n    "applicationTitle": "%s requests"\n  },\n  "plex": {\n    "name": "plex",\n    "machineId": "%s"\n  },\n  "notifications": {\n    "agents": { "email": { "options": { "authUser": "plex@%s.example", "authPass": "%s" } } }\n  }\n}\n' % (
        D(d, "client_uuid", uuid()), d.pos("generic", "app_api_key", pick(ALNUM, 68) + "=="), j, D(d, "machine_id", hexs(40)), j, P(d))


def radarr(d, j):
    return "<Config>\n  <BindAddress>*</BindAddress>\n  <Port>7878</Port>\n  <ApiKey>%s</ApiKey>\n  <AuthenticationMethod>Forms</AuthenticationMethod>\n  <InstanceName>%s-movies</InstanceName>\n  <PostgresPassword>%s</PostgresPassword>\n</Config>\n" % (
        d.pos("generic", "app_api_key", hexs(32)), j, P(d, url_safe=True))


def bazarr(d, j):
    return "auth:\n  apikey: %s\n  password: %s\n  type: form\n  username: admin\nopensubtitlescom:\n  password: %s\n  username: %s_subs\n" % (
        d.pos("generic", "app_api_key", hexs(32)), D(d, "md5", hexs(32)), P(d), j)


def nzbget(d, j):
    return "MainDir=/data/usenet\nServer1.Name=news\nServer1.Host=news.eweka.nl\nServer1.Username=%s\nServer1.Password=%s\nControlUsername=nzbget\nControlPassword=%s\n" % (
        low(8), P(d, url_safe=True), P(d, url_safe=True))


def transmission(d, j):
    return '{\n    "download-dir": "/downloads",\n    "rpc-authentication-required": true,\n    "rpc-username": "%s",\n    "rpc-password": "%s",\n    "rpc-whitelist": "127.0.0.1,192.168.*.*"\n}\n' % (
        j, D(d, "transmission_hash", "{" + hexs(40) + pick(ALNUM, 8)))


def deluge(d, j):
    return "localclient:%s:10\n%s:%s:10\nguest:%s:1\n" % (d.pos("generic", "deluge_localclient_password", hexs(40)), j, P(d, url_safe=True), P(d, url_safe=True))


def kavita(d, j):
    return '{\n  "TokenKey": "%s",\n  "Port": 5000,\n  "IpAddresses": "0.0.0.0,::",\n  "BaseUrl": "/",\n  "Cache": 75\n}\n' % d.pos("generic", "jwt_signing_secret", b64bytes(96))


def grocy(d, j):
    return "<?php\nSetting('CULTURE', 'de');\nSetting('CURRENCY', 'EUR');\nSetting('BASE_URL', '/');\nSetting('LDAP_BIND_PW', '%s');\nSetting('CALENDAR_SHOW_WEEK_OF_YEAR', true);\n" % P(d)


def monica(d, j):
    return "APP_ENV=production\nAPP_KEY=base64:%s\nDB_PASSWORD=%s\nMAIL_PASSWORD=%s\nHASH_SALT=%s\nAPP_TRUSTED_PROXIES=*\n" % (
        d.pos("generic", "laravel_app_key", b64bytes(32)), P(d), P(d), d.pos("generic", "hash_salt", alnum(32)))


def invoiceninja(d, j):
    return "APP_URL=https://invoices.%s.example\nAPP_KEY=base64:%s\nDB_PASSWORD=%s\nIN_USER_EMAIL=billing@%s.example\nIN_PASSWORD=%s\nREQUIRE_HTTPS=true\nSTRIPE_GATEWAY_KEY=%s\n# old key (revoked 2026-10): %s\n" % (
        j, d.pos("generic", "laravel_app_key", b64bytes(32)), P(d), j, P(d), key(d, "stripe")[1], D(d, "masked", "sk_live_51" + "*" * 20 + alnum(4)))


def dolibarr(d, j):
    return "<?php\n$dolibarr_main_url_root='https://erp.%s.example';\n$dolibarr_main_db_host='localhost';\n$dolibarr_main_db_user='dolibarr';\n$dolibarr_main_db_pass='%s';\n$dolibarr_main_instance_unique_id='%s';\n" % (
        j, P(d), d.pos("generic", "instance_unique_id", hexs(32)))


def zammad(d, j):
    return "production:\n  adapter: postgresql\n  database: zammad_production\n  pool: 50\n  username: zammad\n  password: %s\n  host: localhost\ntest:\n  adapter: postgresql\n  password: %s\n" % (P(d), D(d, "erb_env_ref", "<%= ENV['ZAMMAD_TEST_DB_PASS'] %>"))


def osticket(d, j):
    return "<?php\ndefine('OSTINSTALLED',TRUE);\ndefine('SECRET_SALT','%s');\ndefine('ADMIN_EMAIL','help@%s.example');\ndefine('DBHOST','localhost');\ndefine('DBNAME','osticket');\ndefine('DBUSER','osticket');\ndefine('DBPASS','%s');\n" % (
        d.pos("generic", "secret_salt", alnum(32)), j, P(d))


def rt(d, j):
    return "Set($rtname, '%s.example');\nSet($DatabasePassword, '%s');\nSet($ExternalAuthPriority, ['My_LDAP']);\nSet($ExternalSettings, { 'My_LDAP' => { 'user' => 'cn=rt,ou=svc', 'pass' => '%s' } });\n1;\n" % (j, P(d), P(d))


def bugzilla(d, j):
    return "$db_driver = 'mysql';\n$db_host = 'localhost';\n$db_name = 'bugs';\n$db_user = 'bugs';\n$db_pass = '%s';\n$site_wide_secret = '%s';\n" % (
        P(d), d.pos("generic", "site_wide_secret", alnum(64)))


def mantis(d, j):
    return "<?php\n$g_hostname = 'localhost';\n$g_db_username = 'mantis';\n$g_db_password = '%s';\n$g_crypto_master_salt = '%s';\n$g_smtp_password = '%s';\n" % (
        P(d), d.pos("generic", "crypto_salt", b64bytes(32)), P(d))


def roundcube(d, j):
    return "<?php\n$config['db_dsnw'] = '%s';\n$config['imap_host'] = 'ssl://imap.%s.example:993';\n$config['des_key'] = '%s';\n$config['plugins'] = ['archive', 'zipdownload'];\n" % (
        U(d, "mysql", "roundcube", "localhost", path="/roundcubemail"), j, d.pos("generic", "des_key", alnum(24)))


def mautic(d, j):
    return "<?php\n$parameters = array(\n\t'db_driver' => 'pdo_mysql',\n\t'db_user' => 'mautic',\n\t'db_password' => '%s',\n\t'mailer_password' => '%s',\n\t'secret_key' => '%s',\n\t'mailer_api_key' => '%s',\n\t'mailer_api_key_hint' => '%s',\n\t'site_url' => 'https://mautic.%s.example',\n);\n" % (
        P(d), P(d), d.pos("generic", "app_secret", hexs(64)), key(d, "sendgrid")[1], D(d, "masked", "SG.****************" + alnum(4)), j)


def nocodb(d, j):
    return "NC_DB=pg://db:5432?u=nocodb&p=%s&d=nocodb\nNC_AUTH_JWT_SECRET=%s\nNC_ADMIN_EMAIL=admin@%s.example\nNC_ADMIN_PASSWORD=%s\n" % (
        P(d, url_safe=True), d.pos("generic", "jwt_signing_secret", uuid()), j, P(d))


def baserow(d, j):
    return "SECRET_KEY=%s\nBASEROW_JWT_SIGNING_KEY=%s\nDATABASE_PASSWORD=%s\nREDIS_PASSWORD=%s\nBASEROW_OPENAI_API_KEYS=%s\nBASEROW_OPENAI_API_KEYS_EXAMPLE=%s\nBASEROW_PUBLIC_URL=https://tables.%s.example\n" % (
        d.pos("generic", "django_secret_key", alnum(50)), d.pos("generic", "jwt_signing_secret", alnum(50)), P(d), P(d), key(d, "openai")[1], D(d, "sequential_filler", "sk-proj-" + "0123456789abcdefghijklmnopqrstuvwxyz" * 4), j)


def pocketbase(d, j):
    return "#!/bin/sh\n# first boot of the PocketBase container\n/pb/pocketbase superuser upsert admin@%s.example '%s'\nexport HF_TOKEN=\"${HF_TOKEN:-%s}\"\nexport HF_HUB_CACHE_TOKEN_HASH=%s\nexec /pb/pocketbase serve --http=0.0.0.0:8090 --encryptionEnv PB_ENCRYPTION_KEY\n" % (j, P(d, url_safe=True), key(d, "huggingface")[1], D(d, "sha256_of_key", hexs(64)))


def duplicity(d, j):
    return "#!/bin/bash\nexport PASSPHRASE='%s'\nexport AWS_ACCESS_KEY_ID=%s\nexport AWS_SECRET_ACCESS_KEY=%s\nduplicity --full-if-older-than 1M /srv boto3+s3://%s-backup/srv\nunset PASSPHRASE\n" % (
        P(d, url_safe=True), d.pos("aws", "access_key_id", aws_id()), d.pos("aws", "secret_access_key", aws_secret()), j)


def zoneminder(d, j):
    return "ZM_DB_TYPE=mysql\nZM_DB_HOST=localhost\nZM_DB_NAME=zm\nZM_DB_USER=zmuser\nZM_DB_PASS=%s\nZM_PATH_ZMS=/zm/cgi-bin/nph-zms\n# ZM_AUTH_HASH_SECRET in the web UI still says: %s\n" % (P(d), D(d, "placeholder", "...Change me to something unique..."))


def go2rtc(d, j):
    return "streams:\n  driveway: %s\n  garage: rtsp://192.168.1.42:554/h264Preview_01_main\napi:\n  listen: \":1984\"\n  username: admin\n  password: %s\n" % (
        U(d, "rtsp", "admin", "192.168.1.41:554", path="/Streaming/Channels/101"), P(d))


def icecast(d, j):
    return "<icecast>\n    <authentication>\n        <source-password>%s</source-password>\n        <relay-password>%s</relay-password>\n        <admin-user>admin</admin-user>\n        <admin-password>%s</admin-password>\n    </authentication>\n    <hostname>radio.%s.example</hostname>\n    <!-- listener mount checksum %s -->\n</icecast>\n" % (
        P(d, url_safe=True), P(d, url_safe=True), P(d, url_safe=True), j, D(d, "sha1", hexs(40)))


def mopidy(d, j):
    return "[spotify]\nenabled = true\nusername = %s\nclient_id = %s\nclient_secret = %s\n\n[http]\nhostname = 0.0.0.0\n" % (
        low(9), D(d, "client_id", uuid()), d.pos("spotify", "client_secret", pick(B64U, 43) + "="))


def murmur(d, j):
    return "database=/var/lib/mumble-server/mumble-server.sqlite\nwelcometext=\"Welcome to %s voice\"\nport=64738\nserverpassword=%s\nregisterName=%s\n" % (j, P(d, url_safe=True), j)


def teamspeak(d, j):
    return "loginname= \"serveradmin\", password= \"%s\", apikey= \"%s\"\ntoken=%s\n" % (
        d.pos("generic", "serveradmin_password", pick(ALNUM + "+", 8)), d.pos("generic", "query_api_key", "BAA" + pick(ALNUM + "+", 37)), D(d, "privilege_key_used", "REDEEMED"))


def terraria(d, j):
    return "world=/root/.local/share/Terraria/Worlds/%s.wld\nmaxplayers=8\nport=7777\npassword=%s\nmotd=Welcome to %s\nsecure=1\nseed=%s\n" % (j, P(d), j, D(d, "world_seed", digits(9)))


def pterodactyl(d, j):
    return "debug: false\nuuid: %s\ntoken_id: %s\ntoken: %s\napi:\n  host: 0.0.0.0\n  port: 8080\nremote: 'https://panel.%s.example'\n" % (
        D(d, "node_uuid", uuid()), D(d, "token_id", alnum(16)), d.pos("generic", "wings_token", alnum(64)), j)


def tiltfile(d, j):
    return "k8s_yaml('deploy/dev.yaml')\nlocal_resource('seed', cmd='PGPASSWORD=%s psql -h localhost -U %s -f seed.sql')\ndocker_build('%s-api', '.', build_args={'NPM_TOKEN': '%s'})\n" % (
        P(d, url_safe=True), j, j, d.pos("npm", "automation_token", "npm_" + alnum(36)))


def skaffold(d, j):
    return "apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts:\n    - image: %s-web\n      docker:\n        buildArgs:\n          SENTRY_AUTH_TOKEN: %s\n          GIT_SHA: %s\n" % (
        j, key(d, "sentry")[1], D(d, "git_sha", hexs(40)))


def butane(d, j):
    return "variant: fcos\nversion: 1.5.0\npasswd:\n  users:\n    - name: core\n      password_hash: %s\nstorage:\n  files:\n    - path: /etc/%s/env\n      contents:\n        inline: |\n          REGISTRY_PASSWORD=%s\n" % (
        D(d, "sha512crypt", SHA512()), j, P(d))


def talos(d, j):
    return "version: v1alpha1\nmachine:\n  type: controlplane\n  token: %s\n  ca:\n    crt: %s\ncluster:\n  secret: %s\n  aescbcEncryptionSecret: %s\n" % (
        d.pos("generic", "machine_token", "%s.%s" % (low(6), low(16))), D(d, "ca_certificate", b64("-----BEGIN CERTIFICATE-----\nMIIB" + alnum(40))),
        d.pos("generic", "cluster_secret", b64bytes(32)), d.pos("generic", "aescbc_key", b64bytes(32)))


def k3s(d, j):
    return "write-kubeconfig-mode: \"0644\"\ntoken: %s\ntls-san:\n  - k3s.%s.lan\nprivate-registry-token: %s\n# previous token: %s\nagent-token-file: %s\ndisable:\n  - traefik\nnode-label:\n  - \"region=home\"\n" % (
        d.pos("generic", "k3s_token", "K10" + hexs(64) + "::server:" + hexs(32)), j, key(d, "gitlab")[1], D(d, "truncated", "glpat-" + alnum(6) + "..."), D(d, "path", "/etc/rancher/k3s/agent-token"))


def rke2(d, j):
    return "server: https://rke2-cp.%s.lan:9345\ntoken: %s\nnode-name: worker-%d\ncni: cilium\n" % (j, d.pos("generic", "cluster_join_token", alnum(48)), R.randint(1, 9))


def mikrotik(d, j):
    return "# 2026-11-20 by RouterOS 7.16\n/interface pppoe-client\nadd interface=ether1 name=pppoe-out1 user=%s@isp password=%s\n/interface wireless security-profiles\nset [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys wpa2-pre-shared-key=%s\n/user add name=backup group=read password=%s\n/system identity set name=%s-gw\n" % (
        j, P(d, url_safe=True), P(d, url_safe=True), P(d, url_safe=True), j)


def cisco(d, j):
    return "hostname %s-core\nenable secret 9 %s\nusername netops privilege 15 password 0 %s\nsnmp-server community %s RO\nlicense udi pid C9300-48P sn %s\n" % (
        j, D(d, "cisco_type9_hash", "$9$" + pick(ALNUM + "./", 14) + "$" + pick(ALNUM + "./", 43)), P(d, url_safe=True), P(d, url_safe=True),
        D(d, "serial_number", "FOC" + digits(4) + up(4)))


def junos(d, j):
    return "system {\n    host-name %s-edge;\n    root-authentication {\n        encrypted-password \"%s\";\n    }\n}\nprotocols {\n    bgp {\n        group upstream {\n            authentication-key \"%s\";\n        }\n    }\n}\n" % (
        j, D(d, "sha512crypt", SHA512()), P(d, url_safe=True))


def openwrt(d, j):
    return "config wifi-iface 'default_radio0'\n\toption device 'radio0'\n\toption network 'lan'\n\toption mode 'ap'\n\toption ssid '%s-home'\n\toption encryption 'sae-mixed'\n\toption key '%s'\n\nconfig interface 'wan'\n\toption proto 'pppoe'\n\toption username '%s@dsl'\n\toption password '%s'\n" % (
        j, P(d), j, P(d))


def vyos(d, j):
    return "set interfaces wireguard wg0 private-key '%s'\nset protocols bgp neighbor 10.0.0.2 password '%s'\nset service snmp community %s authorization 'ro'\nset system login user vyos authentication encrypted-password '%s'\n" % (
        d.pos("generic", "wireguard_private_key", b64bytes(32)), P(d, url_safe=True), P(d, url_safe=True), D(d, "sha512crypt", SHA512()))


def frr(d, j):
    return "router bgp 65010\n neighbor 192.0.2.1 remote-as 65000\n neighbor 192.0.2.1 password %s\n!\nline vty\n password %s\n" % (P(d, url_safe=True), P(d, url_safe=True))


def keepalived(d, j):
    return "vrrp_instance VI_1 {\n    state MASTER\n    interface eth0\n    virtual_router_id 51\n    authentication {\n        auth_type PASS\n        auth_pass %s\n    }\n    virtual_ipaddress {\n        10.0.0.100/24\n    }\n}\n" % P(d, pick(ALNUM, 8))


def squid(d, j):
    return "http_port 3128\ncache_peer proxy.upstream.example parent 8080 0 no-query login=%s:%s\nacl localnet src 10.0.0.0/8\nauth_param basic program /usr/lib/squid/basic_ncsa_auth /etc/squid/passwd\n" % (j, P(d, url_safe=True))


def shadowsocks(d, j):
    return '{\n    "server": "0.0.0.0",\n    "server_port": 8388,\n    "password": "%s",\n    "method": "chacha20-ietf-poly1305",\n    "mode": "tcp_and_udp"\n}\n' % P(d)


def xray(d, j):
    return '{\n  "inbounds": [{\n    "port": 443,\n    "protocol": "vless",\n    "settings": { "clients": [{ "id": "%s", "flow": "xtls-rprx-vision" }] },\n    "sniffing": { "enabled": true },\n    "streamSettings": { "realitySettings": { "privateKey": "%s", "shortIds": ["%s"] } }\n  }]\n}\n' % (
        d.pos("generic", "vless_client_id", uuid()), d.pos("generic", "reality_private_key", b64bytes(32, url=True).rstrip("=")), D(d, "short_id", hexs(8)))


def torrc(d, j):
    return "SocksPort 9050\nControlPort 9051\nHashedControlPassword %s\nHiddenServiceDir /var/lib/tor/%s/\nHiddenServicePort 80 127.0.0.1:8080\n" % (
        D(d, "tor_hashed_password", "16:" + hexs(58).upper()), j)


def headscale(d, j):
    return "server_url: https://hs.%s.example\nlisten_addr: 0.0.0.0:8080\noidc:\n  issuer: https://auth.%s.example\n  client_id: headscale\n  client_secret: %s\ndns:\n  base_domain: %s.ts\nnoise:\n  private_key_path: %s\n" % (
        j, j, d.pos("generic", "oidc_client_secret", alnum(40)), j, D(d, "path", "/var/lib/headscale/noise_private.key"))


def nebula(d, j):
    return "pki:\n  ca: /etc/nebula/ca.crt\n  cert: /etc/nebula/host.crt\n  key: /etc/nebula/host.key\nlighthouse:\n  am_lighthouse: false\n  hosts:\n    - \"192.168.100.1\"\ntun:\n  dev: nebula1\n# sshd admin key fingerprint %s\n" % D(d, "ssh_fingerprint", "SHA256:" + b64bytes(32).rstrip("="))


def nats(d, j):
    return "port: 4222\nauthorization {\n  users = [\n    { user: %s, password: \"%s\" }\n    { user: monitor, password: \"%s\" }\n    { user: ci, password: $CI_NATS_PASS }\n  ]\n}\n" % (
        j, P(d), D(d, "bcrypt_hash", "$2a$11$" + pick(ALNUM + "./", 53)))


def artemis(d, j):
    return "<configuration>\n  <core xmlns=\"urn:activemq:core\">\n    <cluster-user>cluster-admin</cluster-user>\n    <cluster-password>%s</cluster-password>\n  </core>\n</configuration>\n<!-- artemis-users.properties: admin = ENC(%s) -->\n" % (
        P(d, url_safe=True), D(d, "artemis_encrypted", hexs(32)))


def spss(d, j):
    return "GET DATA\n  /TYPE=ODBC\n  /CONNECT='DSN=warehouse;UID=spss_ro;PWD=%s;HOST=dw.%s.internal;'\n  /SQL='SELECT * FROM survey_2026'.\nCACHE.\nEXECUTE.\n" % (P(d, url_safe=True), j)


def powerquery(d, j):
    return 'let\n    Source = Json.Document(Web.Contents("https://api.%s.example/v2/orders", [Headers=[#"X-Api-Key"="%s"]])),\n    Orders = Table.FromRecords(Source[data])\nin\n    Orders\n' % (
        j, key(d, "linear")[1])


def vbscript(d, j):
    return 'Set conn = CreateObject("ADODB.Connection")\nconn.Open "Provider=SQLOLEDB;Data Source=sql01;Initial Catalog=%s;User ID=report;Password=%s;"\nSet rs = conn.Execute("SELECT COUNT(*) FROM orders")\n' % (j, P(d, url_safe=True))


def tasmota(d, j):
    return "Backlog SSID1 %s-iot; Password1 %s; MqttHost broker.lan; MqttUser tasmota; MqttPassword %s; Topic plug_%d\n" % (
        j, P(d, url_safe=True), P(d, url_safe=True), R.randint(1, 20))


def homebridge(d, j):
    return '{\n  "bridge": { "name": "%s bridge", "username": "0E:%s", "pin": "%s" },\n  "platforms": [\n    { "platform": "Ring", "refreshToken": "%s" },\n    { "platform": "TuyaPlatform", "options": { "accessId": "%s", "accessKey": "%s" } }\n  ]\n}\n' % (
        j, ":".join(hexs(2).upper() for _ in range(5)), D(d, "homekit_pin", "031-45-154"),
        d.pos("generic", "refresh_token", pick(B64U, 180)), D(d, "tuya_access_id", low(20)), d.pos("generic", "tuya_access_secret", hexs(32)))


def domoticz(d, j):
    return "#!/bin/sh\n# push a reading to Domoticz\ncurl -s \"http://domoticz.lan:8080/json.htm?type=command&param=udevice&idx=12&nvalue=0&svalue=21.5&username=%s&password=%s\"\n" % (
        D(d, "base64_username", b64("admin")), d.b64("generic", "password", pw(url_safe=True)))


def dnsmasq(d, j):
    return "interface=br0\ndhcp-range=10.0.0.50,10.0.0.150,12h\n# upstream DoT via stubby; TSIG for ddns:\n# key \"ddns\" secret %s\nserver=127.0.0.1#5453\n" % d.pos("generic", "tsig_secret", b64bytes(32))


def pulsar(d, j):
    return "webServiceUrl=https://pulsar.%s.example:8443/\nbrokerServiceUrl=pulsar+ssl://pulsar.%s.example:6651/\nauthPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken\nauthParams=token:%s\n" % (
        j, j, d.pos("generic", "pulsar_token", "eyJhbGciOiJIUzI1NiJ9." + b64('{"sub":"%s-client"}' % j).rstrip("=") + "." + pick(B64U, 43)))


def counterstrike(d, j):
    return "hostname \"%s LAN\"\nrcon_password \"%s\"\nsv_password \"%s\"\nsv_setsteamaccount %s\nmp_maxrounds 24\n" % (
        j, P(d), P(d), d.pos("steam", "game_server_login_token", hexs(32).upper()))


def satisfactory(d, j):
    return "[/Script/FactoryGame.FGServerSubsystem]\nmAdminPassword=%s\nmClientPassword=%s\nmAutoPause=True\n" % (P(d, url_safe=True), P(d, url_safe=True))


def leantime(d, j):
    return "LEAN_APP_URL='https://pm.%s.example'\nLEAN_DB_PASSWORD='%s'\nLEAN_SESSION_PASSWORD='%s'\nLEAN_EMAIL_SMTP_PASSWORD='%s'\nLEAN_S3_SECRET='%s'\n" % (
        j, P(d), d.pos("generic", "session_secret", alnum(32)), P(d), D(d, "env_ref", "${S3_SECRET}"))


def owncast(d, j):
    return "owncast --streamkey %s --adminpassword '%s' --port 8080\n# stream URL: rtmp://live.%s.example/live\n" % (
        d.pos("generic", "stream_key", alnum(24)), P(d, url_safe=True), j)


def audiobookshelf(d, j):
    return '{\n  "id": "server-settings",\n  "tokenSecret": "%s",\n  "scannerFindCovers": true,\n  "backupSchedule": "30 1 * * *",\n  "buildNumber": %d\n}\n' % (
        d.pos("generic", "jwt_signing_secret", b64bytes(48)), R.randint(1, 9))


def okteto(d, j):
    return "name: %s\ndev:\n  api:\n    image: okteto/python:3\n    command: bash\n    environment:\n      GSK: %s\n      WEBHOOK_SECRET: %s\n      DEBUG: \"true\"\n      STRIPE_KEY: %s\n" % (
        j, key(d, "groq")[1], d.pos("generic", "webhook_secret", hexs(40)), D(d, "env_ref", "$STRIPE_KEY"))


def cfengine(d, j):
    return 'bundle agent %s_db\n{\n  vars:\n      "db_password" string => "%s";\n      "db_user"     string => "%s";\n  files:\n      "/etc/%s/db.conf" edit_line => set_variable_values("%s_db.conf");\n}\n' % (j, P(d), j, j, j)


def emqx(d, j):
    return "authentication = [\n  {\n    mechanism = password_based\n    backend = built_in_database\n  }\n]\ndashboard {\n  default_username = \"admin\"\n  default_password = \"%s\"\n}\nnode.cookie = \"%s\"\n" % (
        P(d), d.pos("generic", "erlang_cookie", alnum(32)))


KINDS_B = [
    ("miniflux/.env", "dotenv", miniflux), ("freshrss/data/config.php", "php-array", freshrss), ("wallabag/app/config/parameters.yml", "symfony-parameters", wallabag),
    ("kanboard/config.php", "php-define", kanboard), ("umami/docker-compose.yml", "compose-env", umami), ("akkoma/config/prod.secret.exs", "elixir-config", akkoma),
    ("lemmy/lemmy.hjson", "hjson", lemmy), ("peertube/config/production.yaml", "peertube-yaml", peertube), ("misskey/.config/default.yml", "misskey-yaml", misskey),
    ("overseerr/config/settings.json", "overseerr-json", overseerr), ("radarr/config.xml", "arr-config-xml", radarr), ("bazarr/config/config.yaml", "bazarr-yaml", bazarr),
    ("nzbget/nzbget.conf", "nzbget-conf", nzbget), ("transmission/settings.json", "transmission-json", transmission), ("deluge/auth", "deluge-auth", deluge),
    ("kavita/config/appsettings.json", "appsettings-json", kavita), ("grocy/data/config.php", "php-setting", grocy), ("monica/.env", "dotenv", monica),
    ("invoiceninja/.env", "dotenv", invoiceninja), ("dolibarr/htdocs/conf/conf.php", "php-vars", dolibarr), ("zammad/config/database.yml", "rails-database-yml", zammad),
    ("osticket/include/ost-config.php", "php-define", osticket), ("rt/RT_SiteConfig.pm", "perl-config", rt), ("bugzilla/localconfig", "perl-config", bugzilla),
    ("mantisbt/config/config_inc.php", "php-vars", mantis), ("roundcube/config/config.inc.php", "php-array", roundcube), ("mautic/app/config/local.php", "php-array", mautic),
    ("nocodb/.env", "dotenv", nocodb), ("baserow/.env", "dotenv", baserow), ("pocketbase/entrypoint.sh", "shell-cli", pocketbase),
    ("backup/duplicity-s3.sh", "shell-export", duplicity), ("zoneminder/zm.conf", "zm-conf", zoneminder), ("go2rtc/go2rtc.yaml", "go2rtc-yaml", go2rtc),
    ("icecast/icecast.xml", "icecast-xml", icecast), ("mopidy/mopidy.conf", "ini", mopidy), ("mumble/murmur.ini", "ini", murmur),
    ("teamspeak/query_ip_allowlist_credentials.txt", "teamspeak-creds", teamspeak), ("terraria/serverconfig.txt", "terraria-config", terraria),
    ("pterodactyl/wings/config.yml", "wings-yaml", pterodactyl), ("Tiltfile", "tiltfile", tiltfile), ("skaffold.yaml", "skaffold-yaml", skaffold),
    ("coreos/node.bu", "butane-yaml", butane), ("talos/controlplane.yaml", "talos-yaml", talos), ("k3s/config.yaml", "k3s-yaml", k3s), ("rke2/config.yaml", "rke2-yaml", rke2),
    ("network/mikrotik-export.rsc", "routeros-export", mikrotik), ("network/core-switch.cfg", "cisco-ios", cisco), ("network/edge.junos.conf", "junos-conf", junos),
    ("openwrt/etc/config/wireless", "uci-config", openwrt), ("network/vyos.commands", "vyos-set", vyos), ("frr/frr.conf", "frr-conf", frr),
    ("keepalived/keepalived.conf", "keepalived-conf", keepalived), ("squid/squid.conf", "squid-conf", squid), ("shadowsocks/config.json", "shadowsocks-json", shadowsocks),
    ("xray/config.json", "xray-json", xray), ("tor/torrc", "torrc", torrc), ("headscale/config.yaml", "headscale-yaml", headscale), ("nebula/config.yml", "nebula-yaml", nebula),
    ("nats/nats-server.conf", "nats-conf", nats), ("artemis/etc/broker.xml", "artemis-xml", artemis), ("analysis/survey.sps", "spss-syntax", spss),
    ("powerbi/Orders.pq", "power-query-m", powerquery), ("legacy/report.vbs", "vbscript", vbscript), ("iot/tasmota-backlog.txt", "tasmota-console", tasmota),
    ("homebridge/config.json", "homebridge-json", homebridge), ("domoticz/push.sh", "shell-url-query", domoticz), ("dnsmasq/dnsmasq.conf", "dnsmasq-conf", dnsmasq),
    ("pulsar/client.conf", "pulsar-conf", pulsar), ("cs2/cfg/server.cfg", "source-server-cfg", counterstrike), ("satisfactory/Game.ini", "unreal-ini", satisfactory),
    ("leantime/config/.env", "dotenv", leantime), ("owncast/run.sh", "shell-cli", owncast), ("audiobookshelf/config/settings.json", "abs-json", audiobookshelf),
    ("okteto.yml", "okteto-yaml", okteto), ("cfengine/masterfiles/services/db.cf", "cfengine-policy", cfengine), ("emqx/etc/emqx.conf", "hocon", emqx),
]
