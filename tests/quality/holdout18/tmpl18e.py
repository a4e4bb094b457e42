"""repos/ templates, part 5: provider keys in languages the earlier holdouts used little."""
T = [
("mojolicious-conf", "repos/@P@-mojo/@P@.conf", 2, """{
  secrets => ['«p|generic|app_secret|hex:40»'],
  pg      => '«p|generic|url_password|url:postgresql,mojo,db.@P@.internal/mojo»',
  minion  => { workers => 4 },
  mailgun => { domain => 'mg.@P@.example', key => '«p|mailgun|api_key|mailgun»' },
}
"""),
("openresty-lua", "repos/@P@-gateway/conf/nginx.conf", 2, """http {
  server {
    listen 8080;
    location /upstream {
      access_by_lua_block {
        ngx.req.set_header("Authorization", "Bearer «p|openai|api_key|openai»")
        ngx.req.set_header("X-Request-Id", "«d|generic|request_id|uuid»")
      }
      proxy_pass https://api.openai.com;
    }
  }
}
"""),
("gleam-config", "repos/@P@-gleam/src/config.gleam", 2, """pub type Creds {
  Creds(provider: String, key: String)
}

pub fn resend() -> Creds {
  Creds(provider: "resend", key: "«p|resend|api_key|resend»")
}

pub const build_sha = "«d|generic|commit_sha|sha1»"
"""),
("racket-app", "repos/@P@-rkt/secrets.rkt", 2, """#lang racket
(provide db-password stripe-key)
(define db-password "«p|generic|password|pw»")
(define stripe-key (or (getenv "STRIPE_KEY") "«p|stripe|secret_key|stripe_sk»"))
"""),
("tcl-expect", "repos/@P@-legacy/scripts/switch-backup.exp", 2, """#!/usr/bin/expect -f
set timeout 20
spawn ssh admin@sw-core.@P@.internal
expect "password:"
send "«p|generic|password|pw»\\r"
expect "#"
send "copy running-config tftp://10.0.0.5/core.cfg\\r"
"""),
("vlang-main", "repos/@P@-v/main.v", 2, """module main

const telegram_token = '«p|telegram|bot_token|telegram»'
const chat_id = '«d|telegram|chat_id|digits:10»'

fn main() {
	println('bot starting')
}
"""),
("haskell-servant-env", "repos/@P@-hs/app/Main.hs", 2, """module Main where

import System.Environment (lookupEnv)
import Data.Maybe (fromMaybe)

main :: IO ()
main = do
  key <- fromMaybe "«p|anthropic|api_key|anthropic»" <$> lookupEnv "ANTHROPIC_API_KEY"
  let dbConn = "host=localhost dbname=hs user=hs password=«p|generic|password|pw»"
  runServer key dbConn
"""),
("groovy-jenkins-shared-lib", "repos/@P@-jenkins-lib/vars/notify.groovy", 2, """def call(String msg) {
    def hooks = [
        slack  : '«p|slack|webhook_url|slack_hook»',
        discord: "https://discord.com/api/webhooks/«d|discord|webhook_id|digits:19»/${env.DISCORD_HOOK_TOKEN}",
    ]
    httpRequest url: hooks.slack, httpMode: 'POST', requestBody: msg
}
"""),
("ansible-vault-mix", "repos/@P@-infra/group_vars/prod/vars.yml", 2, """app_db_password: "{{ vault_app_db_password }}"
smtp_password: «p|generic|password|pw»
vault_blob: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  «d|generic|ansible_vault|hex:64»
datadog_api_key: «p|datadog|api_key|datadog_api»
datadog_site: datadoghq.eu
"""),
("php-array-pair", "repos/@P@-wp/wp-content/mu-plugins/s3-uploads.php", 2, """<?php
define( 'S3_UPLOADS_BUCKET', '@P@-media' );
define( 'S3_UPLOADS_REGION', 'eu-west-1' );
$creds = array( '«p|aws|access_key_id|aws_id»', '«p|aws|secret_access_key|aws_secret»' );
define( 'S3_UPLOADS_KEY', $creds[0] );
define( 'S3_UPLOADS_SECRET', $creds[1] );
define( 'AUTH_SALT', '«p|generic|wordpress_salt|django»' );
"""),
("names-not-values", "repos/@P@-saas/app/constants.py", 2, """# Names and settings, not secrets.
API_KEY_HEADER = "«d|generic|variable_name|lit:X-Api-Key»"
DB_PASSWORD_SECRET_ID = "«d|aws|secret_name|lit:prod/@P@/db-password»"
PASSWORD_RESET_TOKEN_TTL = 3600
TOKEN_ENV_VAR = "«d|generic|variable_name|lit:STRIPE_SECRET_KEY»"
PASSWORD_FIELD = "«d|generic|variable_name|lit:password_confirmation»"
SESSION_COOKIE = "«d|generic|variable_name|lit:__Host-session»"
KMS_KEY_ARN = "arn:aws:kms:eu-west-1:«d|aws|account_id|digits:12»:alias/«d|generic|kms_alias|lit:app-secrets»"
"""),
("locale-strings", "repos/@P@-saas/locales/de.json", 2, """{
  "login.password": "«d|generic|i18n_string|lit:Passwort»",
  "settings.api_key": "«d|generic|i18n_string|lit:API-Schlüssel»",
  "settings.api_key_hint": "«d|generic|i18n_string|lit:Ihr Schlüssel beginnt mit sk_live_»",
  "settings.token_copied": "Token kopiert",
  "errors.wrong_password": "«d|generic|i18n_string|lit:Falsches Passwort»"
}
"""),
]
