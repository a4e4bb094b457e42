"""Snippets for providers whose credential lives in a file format of its own (holdout28)."""
from tmpl28 import files

N = [
    ("snippets/wordpress/wp-config.php", "wp-config", """<?php
define( 'DB_NAME', 'bwl_customer_portal' );
define( 'DB_USER', 'wp_portal' );
define( 'DB_PASSWORD', '«P wordpress db_password pw»' );
define( 'DB_HOST', 'mysql-portal.bwl.corp' );
define( 'AUTH_KEY',         '«P wordpress auth_salt an:30+#%+an:32»' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'NONCE_SALT',       '«D wordpress placeholder_salt put-your-unique-phrase-here»' );
$table_prefix = 'bwl_';
"""),
    ("snippets/rails/config/master.key", "rails-master-key", "«P rails master_key hex:32»\n"),
    ("snippets/rails/config/credentials.yml.example", "rails-credentials", """# decrypted view of config/credentials/production.yml.enc (bin/rails credentials:show), pasted for the migration ticket
secret_key_base: «P rails secret_key_base hex:128»
active_record_encryption:
  primary_key: «P rails ar_primary_key an:32»
  key_derivation_salt: «P rails ar_derivation_salt an:32»
sentry_release: «D rails git_sha hex:40»
"""),
    ("snippets/esphome/secrets.yaml", "esphome-secrets", """# dryer-line sensor nodes, Leeds plant
wifi_ssid: "BWL-Plant-IoT"
wifi_password: "«P esphome wifi_password pw»"
api_encryption_key: "«P esphome api_encryption_key b64r:32»"
ota_password: "«P esphome ota_password hex:32»"
node_mac: "«D esphome mac_address 24:6F:28:+HEX:2+:+HEX:2+:+HEX:2»"
"""),
    ("snippets/codesign/sign-release.cmd", "signtool-cmd", """@echo off
rem sign the route-planner installer before upload
signtool sign /f C:\\build\\certs\\bwlinen-codesign.pfx /p «P codesign pfx_password pw» /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 dist\\RoutePlanner-Setup.exe
rem thumbprint of the cert, for the record: «D codesign cert_thumbprint HEX:40»
"""),
    ("snippets/dvc/.dvc/config.local", "dvc-config-local", """['remote "plantdata"']
    url = s3://bwl-ml-datasets/dryer-cycles
    access_key_id = «P dvc aws_access_key_id AKIA+b32:16»
    secret_access_key = «P dvc aws_secret_access_key b64:40»
['remote "nas"']
    url = ssh://nas01.bwl.corp/volume1/dvc
    user = mlops
    password = «P dvc ssh_password pw»
"""),
    ("snippets/conda/.condarc", "condarc", """channels:
  - https://conda.anaconda.org/t/«P conda channel_token lc:2+-+hex:8+-+hex:4+-+hex:4+-+hex:4+-+hex:12»/bwlinen
  - conda-forge
channel_alias: https://conda.bwl.corp
custom_channels:
  internal: https://mlops:«P conda condarc_password pw»@conda.bwl.corp
default_channels: []
"""),
    ("snippets/deno/deploy.sh", "shell-deploy", """#!/bin/sh
# deploys the linen-tracking edge function
export DENO_DEPLOY_TOKEN=«P deno deploy_token ddp_+an:36»
export DENO_AUTH_TOKENS="«P deno auth_token an:40»@git.bwl.corp"
deployctl deploy --project=bwl-track --prod main.ts
# project id «D deno project_id uuid»
"""),
    ("snippets/drupal/web/sites/default/settings.local.php", "drupal-settings", """<?php
$databases['default']['default'] = [
  'database' => 'intranet',
  'username' => 'drupal',
  'password' => '«P drupal db_password pw»',
  'host' => 'db-intranet.bwl.corp',
  'driver' => 'mysql',
];
$settings['hash_salt'] = '«P drupal hash_salt b64ur:55»';
$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = '«D drupal path_not_secret /srv/private/+hex:12»';
"""),
    ("snippets/bacula/bacula-dir.conf", "bacula-dir", """Director {
  Name = bwl-dir
  Password = "«P bacula director_password pw»"
  Messages = Daemon
}
Client {
  Name = erp01-fd
  Address = erp01.bwl.corp
  Password = "«P bacula client_password b64r:33»"
  Catalog = MyCatalog
}
Catalog {
  Name = MyCatalog
  dbname = "bacula"; dbuser = "bacula"; dbpassword = "«P bacula catalog_password pw»"
}
"""),
    ("snippets/gitlabsecrets/gitlab-secrets.json", "gitlab-secrets", """{
  "gitlab_workhorse": {
    "secret_token": "«P gitlabsecrets workhorse_secret b64r:32»"
  },
  "gitlab_rails": {
    "secret_key_base": "«P gitlabsecrets secret_key_base hex:128»",
    "db_key_base": "«P gitlabsecrets db_key_base hex:128»",
    "otp_key_base": "«P gitlabsecrets otp_key_base hex:128»"
  },
  "gitlab_shell": {
    "secret_token": "«P gitlabsecrets shell_secret hex:64»"
  }
}
"""),
    ("snippets/har/portal-login.har", "har", """{"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "133.0"},
 "entries": [{
  "request": {"method": "GET", "url": "https://portal.bwlinen.co.uk/api/v2/orders?hospital=LGI",
   "headers": [
    {"name": "Authorization", "value": "Bearer «P har bearer_token b64ur:48»"},
    {"name": "X-Request-Id", "value": "«D har request_id uuid»"},
    {"name": "If-None-Match", "value": "W/\\"«D har etag hex:32»\\""}
   ],
   "cookies": [{"name": "portal_session", "value": "«P har session_cookie b64ur:40»"}]},
  "response": {"status": 200}
 },{
  "request": {"method": "POST", "url": "https://portal.bwlinen.co.uk/login",
   "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "username=ward7.lgi&password=«P har posted_password pw»"}},
  "response": {"status": 302}
 }]}}
"""),
    ("snippets/daemonfiles/etc/ppp/chap-secrets", "chap-secrets", """# Secrets for authentication using CHAP
# client        server  secret                  IP addresses
bwl-depot-hull  *       «P daemonfiles ppp_secret pw»    *
"""),
    ("snippets/daemonfiles/etc/rsyncd.secrets", "rsyncd-secrets", "backup:«P daemonfiles rsyncd_secret pw»\n"),
    ("snippets/msmtp/.msmtprc", "msmtprc", """defaults
auth on
tls on
account plantalerts
host smtp.office365.com
port 587
from plant-alerts@bwlinen.co.uk
user plant-alerts@bwlinen.co.uk
password «P msmtp password pw»
account default : plantalerts
"""),
    ("snippets/davfs2/etc/davfs2/secrets", "davfs2-secrets", """# davfs2 secrets file
https://dav.bwl.corp/scans   scanner   «P davfs2 password pw»
/mnt/sharepoint    svc-sp@bwlinen.co.uk  "«P davfs2 password pw»"
"""),
    ("snippets/laravel/.env.production", "laravel-env", """APP_NAME="BWL Driver App"
APP_ENV=production
APP_KEY=base64:«P laravel app_key b64r:32»
APP_DEBUG=false
DB_PASSWORD=«P laravel db_password pw»
PUSHER_APP_ID=«D laravel pusher_app_id d1000000-1999999»
"""),
    ("snippets/maven/.m2/settings.xml", "maven-settings", """<settings>
  <servers>
    <server>
      <id>bwl-releases</id>
      <username>deployer</username>
      <password>«P maven server_password pw»</password>
    </server>
    <server>
      <id>codesign</id>
      <passphrase>«P maven gpg_passphrase pw»</passphrase>
    </server>
    <server>
      <id>bwl-snapshots</id>
      <password>«D maven encrypted_password {+b64r:33+}»</password>
    </server>
  </servers>
</settings>
"""),
    ("snippets/playwright/e2e/.auth/dispatcher.json", "playwright-storage-state", """{
  "cookies": [
    {"name": "sid", "value": "«P playwright session_cookie b64ur:32»", "domain": "dispatch.bwlinen.co.uk", "path": "/", "httpOnly": true, "secure": true, "sameSite": "Lax"},
    {"name": "_ga", "value": "«D playwright analytics_cookie GA1.1.+dig:10+.+dig:10»", "domain": ".bwlinen.co.uk", "path": "/"}
  ],
  "origins": [{"origin": "https://dispatch.bwlinen.co.uk", "localStorage": [
    {"name": "accessToken", "value": "«P playwright access_token b64ur:64»"},
    {"name": "theme", "value": "dark"}
  ]}]
}
"""),
]


def build(Doc):
    return files(Doc, "snippets", [(p, s, t) for p, s, t in N])
