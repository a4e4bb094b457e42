"""snippets/ providers whose credential lives in a file or form of its own (holdout26)."""
from tmpl26 import files

SPECS = [
    ("snippets/armparams/venue-sql.parameters.json", "arm:parameters", """{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "serverName": { "value": "sql-marrowgate-boxoffice-weu" },
    "administratorLogin": { "value": "mgadmin" },
    "administratorLoginPassword": { "value": "«P armparams password {pw:policy}»" },
    "reportingReaderSecret": { "value": "«P armparams password {pw:gen}»" },
    "tenantId": { "value": "«D armparams tenant_id {uuid}»" },
    "skuName": { "value": "GP_Gen5_2" }
  }
}
"""),
    ("snippets/windows/autounattend.xml", "unattend:xml", """<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64">
      <UserAccounts>
        <AdministratorPassword>
          <Value>«P windows password {pw:season}»</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
        <LocalAccounts>
          <LocalAccount wcm:action="add">
            <Password>
              <Value>«P windows password {pw:human}»</Value>
              <PlainText>true</PlainText>
            </Password>
            <Name>boxoffice</Name>
            <Group>Users</Group>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <ProductKey>«D windows product_key_generic {u:5}-{u:5}-{u:5}-{u:5}-{u:5}»</ProductKey>
    </component>
  </settings>
</unattend>
"""),
    ("snippets/msmtp/msmtprc-boxoffice", "msmtprc", """# /etc/msmtprc on the ticket printer host
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        boxoffice
host           smtp.marrowgate-stages.co.uk
port           587
from           tickets@marrowgate-stages.co.uk
user           tickets@marrowgate-stages.co.uk
password       «P msmtp password {pw:phrase}»

account        fallback
host           mail.mgs.internal
user           relay
passwordeval   "pass show mail/relay"

account default : boxoffice
"""),
    ("snippets/zulip/zuliprc", "zuliprc", """[api]
email=lighting-bot@marrowgate.zulipchat.com
key=«P zulip api_key {a:32}»
site=https://marrowgate.zulipchat.com
"""),
    ("snippets/appsecrets/.erlang.cookie", "erlang:cookie", "«P appsecrets erlang_cookie {U:20}»"),
    ("snippets/kubernetes/join-node.sh", "shell:kubeadm", """#!/bin/sh
# run on a new stage-pc node; token expires in 24h (kubeadm token create --print-join-command)
kubeadm join 10.40.0.10:6443 --token «P kubernetes bootstrap_token {l:6}.{l:16}» \\
    --discovery-token-ca-cert-hash sha256:«D kubernetes ca_cert_hash {h:64}»
"""),
    ("snippets/bundler/config", "bundle:config", """---
BUNDLE_PATH: "vendor/bundle"
BUNDLE_GEMS__CONTRIBSYS__COM: "marrowgate:«P bundler password {h:8}»"
BUNDLE_RUBYGEMS__PKG__GITHUB__COM: "mgs-ci:«P github pat ghp_{a:36}»"
BUNDLE_JOBS: "4"
"""),
    ("snippets/aspnet/web.config", "aspnet:webconfig", """<?xml version="1.0"?>
<configuration>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <machineKey validationKey="«P aspnet validation_key {H:128}»"
                decryptionKey="«P aspnet decryption_key {H:64}»"
                validation="HMACSHA256" decryption="AES" />
    <sessionState mode="InProc" timeout="20" />
  </system.web>
  <appSettings>
    <add key="BuildId" value="«D aspnet build_hash {h:40}»" />
  </appSettings>
</configuration>
"""),
    ("snippets/dataconf/exporter.env", "env:dsn", """# mysqld_exporter for the ticketing replica
DATA_SOURCE_NAME=exporter:«P dataconf password {pw:gen}»@tcp(ticketing-ro.mgs.internal:3306)/
AIRFLOW_CONN_SEASON_WAREHOUSE=postgres://etl:«P dataconf password {pw:leet}»@
COLLECT_INFO_SCHEMA_TABLES=true
"""),
    ("snippets/e2e/checkout.spec.ts", "ts:playwright", """import { test, expect } from '@playwright/test';

const { E2E_PATRON_PASSWORD = '«P e2e password {pw:human}»' } = process.env;
const apiKey = process.env.E2E_BOXOFFICE_KEY ?? '«P e2e api_key {a:32}»';

test('patron buys two stalls seats', async ({ page }) => {
  await page.goto('https://staging.marrowgate-stages.co.uk/login');
  await page.fill('#email', 'e2e+patron@marrowgate-stages.co.uk');
  await page.fill('#password', E2E_PATRON_PASSWORD);
  await page.click('text=Sign in');
  await expect(page.locator('.basket')).toContainText('Stalls');
});
"""),
    ("snippets/conda/.condarc", "condarc", """channels:
  - https://conda.anaconda.org/t/«P conda channel_token mg-{h:32}»/marrowgate
  - conda-forge
channel_priority: strict
"""),
    ("snippets/totp/rota-2fa.txt", "text:otpauth", """shared 2FA for the box-office supplier portal (scan into the team authenticator)
otpauth://totp/Spektrix:boxoffice%40marrowgate-stages.co.uk?secret=«P totp seed {b:32}»&issuer=Spektrix&digits=6
recovery codes are in the safe, not here
"""),
    ("snippets/drupal/settings.local.php", "php:drupal", """<?php
$databases['default']['default'] = [
  'database' => 'learning',
  'username' => 'drupal',
  'password' => '«P drupal password {pw:gen}»',
  'host' => 'db.learning.mgs.internal',
  'driver' => 'mysql',
];
$settings['hash_salt'] = '«P drupal hash_salt {s:74}»';
$settings['config_sync_directory'] = '../config/sync';
"""),
    ("snippets/cakephp/app_local.php", "php:cakephp", """<?php
return [
    'debug' => filter_var(env('DEBUG', false), FILTER_VALIDATE_BOOLEAN),
    'Security' => [
        'salt' => env('SECURITY_SALT', '«P cakephp security_salt {h:64}»'),
    ],
    'Datasources' => [
        'default' => [
            'host' => 'localhost',
            'username' => 'costume_store',
            'password' => '«P cakephp password {pw:pin}»',
            'database' => 'costumes',
        ],
    ],
];
"""),
    ("snippets/rails/production.key", "rails:keyfile", "«P rails master_key {h:32}»\n"),
]


def build(Doc):
    return files(Doc, "snippets", SPECS)
