"""repos/ templates, part 1: self-hosted apps, databases and daemons. (kind, path, variants, text)."""
T = [
("nextcloud-config", "repos/@P@-cloud/config/config.php", 3, """<?php
$CONFIG = array (
  'instanceid' => '«d|generic|instance_id|an:12»',
  'passwordsalt' => '«p|generic|password_salt|an:30»',
  'secret' => '«p|generic|instance_secret|an:48»',
  'trusted_domains' => array (0 => 'cloud.@P@.example'),
  'dbtype' => 'pgsql',
  'dbuser' => 'oc_admin',
  'dbpassword' => '«p|generic|password|pwq»',
  'mail_smtppassword' => '«p|generic|password|pw»',
  'version' => '29.0.4.1',
);
"""),
("immich-env", "repos/@P@-photos/.env", 2, """# Immich
UPLOAD_LOCATION=/srv/photos
DB_USERNAME=immich
DB_PASSWORD=«p|generic|password|pw»
DB_DATABASE_NAME=immich
IMMICH_VERSION=release
# DB_PASSWORD=postgres   (default from the example file, changed above)
TYPESENSE_API_KEY=«d|generic|placeholder|lit:some-random-text»
"""),
("plausible-conf", "repos/@P@-analytics/plausible-conf.env", 2, """BASE_URL=https://stats.@P@.example
SECRET_KEY_BASE=«p|generic|secret_key_base|b64raw:48»
TOTP_VAULT_KEY=«p|generic|encryption_key|b64raw:32»
MAILER_EMAIL=stats@@P@.example
SMTP_HOST_ADDR=smtp.eu.mailgun.org
SMTP_USER_NAME=postmaster@mg.@P@.example
SMTP_USER_PWD=«p|mailgun|smtp_password|hex:32»
GOOGLE_CLIENT_ID=«d|google|oauth_client_id|digits:12».apps.googleusercontent.com
"""),
("directus-env", "repos/@P@-cms/.env", 3, """HOST="0.0.0.0"
PORT=8055
DB_CLIENT="pg"
DB_CONNECTION_STRING="«p|generic|url_password|url:postgres,directus,db.internal:5432/directus»"
KEY="«d|generic|uuid|uuid»"
SECRET="«p|generic|jwt_secret|an:32»"
ADMIN_EMAIL="admin@@P@.example"
ADMIN_PASSWORD="«p|generic|password|pw»"
STORAGE_S3_KEY="«p|aws|access_key_id|aws_id»"
STORAGE_S3_SECRET="«p|aws|secret_access_key|aws_secret»"
"""),
("mastodon-env", "repos/@P@-social/.env.production", 2, """LOCAL_DOMAIN=social.@P@.example
REDIS_HOST=redis
DB_HOST=db
DB_USER=mastodon
DB_PASS=«p|generic|password|pw»
SECRET_KEY_BASE=«p|rails|secret_key_base|hex:128»
OTP_SECRET=«p|generic|otp_secret|hex:128»
ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY=«p|rails|active_record_encryption_key|an:32»
VAPID_PUBLIC_KEY=«d|generic|vapid_public_key|lit:BEm_a4qOPLtuxeMoDeLzJcFbhv8hZ5d3RsQ0oIgVZGDe5YYp1f2kY9sJk0zCJ3Ht9aQ2BhLQ0E5yPzS3KbyF0Wk=»
SMTP_LOGIN=apikey
SMTP_PASSWORD=«p|sendgrid|api_key|sendgrid»
"""),
("discourse-app-yml", "repos/@P@-forum/containers/app.yml", 2, """templates:
  - "templates/postgres.template.yml"
env:
  LANG: en_US.UTF-8
  DISCOURSE_HOSTNAME: forum.@P@.example
  DISCOURSE_DEVELOPER_EMAILS: 'ops@@P@.example'
  DISCOURSE_SMTP_ADDRESS: smtp.postmarkapp.com
  DISCOURSE_SMTP_USER_NAME: «d|postmark|server_token_id|uuid»
  DISCOURSE_SMTP_PASSWORD: "«p|generic|password|pw»"
  DISCOURSE_MAXMIND_LICENSE_KEY: «p|generic|license_key|an:16»
"""),
("bookstack-env", "repos/@P@-wiki/.env", 3, """APP_KEY=«p|generic|laravel_app_key|laravel_key»
APP_URL=https://wiki.@P@.example
DB_HOST=localhost
DB_DATABASE=bookstack
DB_USERNAME=bookstack
DB_PASSWORD=«p|generic|password|pw»
MAIL_DRIVER=smtp
MAIL_PASSWORD=«p|generic|password|pw»
# generate a new key with: php artisan key:generate
"""),
("synapse-homeserver", "repos/@P@-matrix/homeserver.yaml", 2, """server_name: "@P@.example"
database:
  name: psycopg2
  args:
    user: synapse
    password: "«p|generic|password|pw»"
    database: synapse
    host: localhost
registration_shared_secret: "«p|generic|shared_secret|an:40»"
macaroon_secret_key: "«p|generic|macaroon_secret|an:48»"
form_secret: "«p|generic|form_secret|an:40»"
signing_key_path: "/data/@P@.example.signing.key"
trusted_key_servers:
  - server_name: "matrix.org"
"""),
("haproxy-cfg", "repos/@P@-edge/haproxy/haproxy.cfg", 2, """global
    log stdout format raw local0
userlist admins
    user ops insecure-password «p|generic|password|pw»
    user audit password «d|generic|sha512crypt|sha512crypt»
listen stats
    bind :8404
    stats enable
    stats uri /stats
    stats auth admin:«p|generic|password|pw»
"""),
("traefik-dynamic", "repos/@P@-edge/traefik/dynamic.yml", 2, """http:
  middlewares:
    dash-auth:
      basicAuth:
        users:
          - "admin:«d|generic|apr1_hash|apr1»"
          - "viewer:«d|generic|bcrypt_hash|bcrypt»"
  routers:
    dashboard:
      rule: Host(`traefik.@P@.example`)
      service: api@internal
      middlewares: [dash-auth]
# DNS challenge: CF_DNS_API_TOKEN lives in /run/secrets/cf_token
"""),
("redis-conf", "repos/@P@-cache/redis/redis.conf", 3, """bind 0.0.0.0
port 6379
requirepass «p|generic|password|pw»
masterauth «p|generic|password|pw»
user default on nopass ~* +@all
user metrics on #«d|generic|sha256_hash|sha256» ~* +info
"""),
("pgbouncer-userlist", "repos/@P@-db/pgbouncer/userlist.txt", 2, """"app" "«p|generic|password|pw»"
"reporting" "«d|generic|scram_hash|scram»"
"legacy" "«d|generic|md5_hash|md5pg»"
"""),
("pgpass", "repos/@P@-db/ops/.pgpass", 2, """# hostname:port:database:username:password
db-primary.@P@.internal:5432:app:app_rw:«p|generic|password|pw»
db-replica.@P@.internal:5432:*:readonly:«p|generic|password|pw»
"""),
("rabbitmq", "repos/@P@-queue/rabbitmq/rabbitmq.conf", 2, """listeners.tcp.default = 5672
default_user = @P@
default_pass = «p|generic|password|pw»
management.tcp.port = 15672
# definitions.json keeps only hashes: «d|generic|sha256_hash|b64raw:36»
"""),
("kafka-client", "repos/@P@-stream/config/client.properties", 2, """bootstrap.servers=pkc-«d|generic|cluster_id|an:5».eu-west-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="«d|confluent|api_key_id|an:16»" password="«p|confluent|api_secret|an:64»";
"""),
("logstash-pipeline", "repos/@P@-logs/pipeline/output.conf", 2, """output {
  elasticsearch {
    hosts => ["https://es.@P@.internal:9200"]
    user => "logstash_writer"
    password => "«p|generic|password|pw»"
    ssl_certificate_authorities => ["/etc/logstash/ca.crt"]
    ca_trusted_fingerprint => "«d|generic|fingerprint|sha256»"
  }
}
"""),
("prometheus-scrape", "repos/@P@-monitor/prometheus.yml", 2, """scrape_configs:
  - job_name: federate
    basic_auth:
      username: prom
      password: «p|generic|password|pw»
    static_configs:
      - targets: ['prom.@P@.internal:9090']
  - job_name: blackbox
    authorization:
      credentials_file: /etc/prometheus/bb_token
"""),
("icinga-api-users", "repos/@P@-monitor/icinga2/conf.d/api-users.conf", 2, """object ApiUser "root" {
  password = "«p|generic|password|pw»"
  permissions = [ "*" ]
}
object ApiUser "dashboard" {
  client_cn = "dashboard.@P@.internal"
  permissions = [ "objects/query/*" ]
}
"""),
("nagios-resource", "repos/@P@-monitor/nagios/resource.cfg", 2, """$USER1$=/usr/lib/nagios/plugins
$USER3$=«p|generic|password|pw»
$USER5$=snmp-ro
"""),
("asterisk-pjsip", "repos/@P@-pbx/asterisk/pjsip.conf", 2, """[trunk-auth]
type=auth
auth_type=userpass
username=@P@-trunk
password=«p|generic|password|pw»

[6001]
type=auth
auth_type=md5
username=6001
md5_cred=«d|generic|md5_hash|md5»
"""),
("minio-mc", "repos/@P@-storage/mc/config.json", 2, """{
  "version": "10",
  "aliases": {
    "@P@": {
      "url": "https://s3.@P@.internal",
      "accessKey": "«d|minio|access_key|an:20»",
      "secretKey": "«p|minio|secret_key|an:40»",
      "api": "s3v4",
      "path": "auto"
    }
  }
}
"""),
("octoprint", "repos/@P@-printer/octoprint/config.yaml", 2, """api:
  key: «p|generic|api_key|hex:32»
server:
  secretKey: «p|generic|secret_key|an:32»
plugins:
  octoeverywhere:
    PrinterId: «d|generic|printer_id|an:40»
"""),
("palworld-ini", "repos/@P@-games/Pal/Saved/Config/LinuxServer/PalWorldSettings.ini", 2, """[/Script/Pal.PalGameWorldSettings]
OptionSettings=(Difficulty=None,ServerName="@P@ co-op",ServerPassword="«p|generic|password|pw»",AdminPassword="«p|generic|password|pw»",PublicPort=8211,RCONEnabled=True)
"""),
("cs2-server-cfg", "repos/@P@-games/cs2/cfg/server.cfg", 2, """hostname "@P@ scrims"
sv_password "«p|generic|password|pw»"
rcon_password "«p|generic|password|pw»"
sv_setsteamaccount «p|generic|gslt_token|hex:32»
"""),
("openvpn-auth", "repos/@P@-vpn/client/auth.txt", 2, """@P@-laptop
«p|generic|password|pw»
"""),
("offlineimap", "repos/@P@-dotfiles/.offlineimaprc", 2, """[general]
accounts = work

[Repository work-remote]
type = IMAP
remotehost = imap.@P@.example
remoteuser = me@@P@.example
remotepass = «p|generic|password|pw»
sslcacertfile = /etc/ssl/certs/ca-certificates.crt

[Repository gmail-remote]
type = Gmail
remotepasseval = get_pass("gmail")
"""),
("getmailrc", "repos/@P@-dotfiles/.getmail/getmailrc", 2, """[retriever]
type = SimplePOP3SSLRetriever
server = pop.@P@.example
username = archive
password = «p|generic|password|pw»

[destination]
type = Maildir
path = ~/Mail/archive/
"""),
("nifi-properties", "repos/@P@-flow/conf/nifi.properties", 2, """nifi.web.https.port=8443
nifi.sensitive.props.key=«p|generic|encryption_key|an:24»
nifi.sensitive.props.algorithm=NIFI_PBKDF2_AES_GCM_256
nifi.security.keystorePasswd=«p|generic|password|pw»
nifi.security.truststorePasswd=«p|generic|password|pw»
nifi.security.keystore=./conf/keystore.p12
"""),
("sentry-selfhosted", "repos/@P@-sentry/sentry/config.yml", 2, """mail.host: 'smtp.@P@.example'
mail.password: '«p|generic|password|pw»'
system.secret-key: '«p|generic|secret_key|django»'
github-app.webhook-secret: '«p|github|webhook_secret|hex:40»'
github-app.private-key: ''
slack.signing-secret: '«p|slack|signing_secret|hex:32»'
"""),
]
