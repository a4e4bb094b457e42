#!/usr/bin/env bash
# End-to-end tests of applications' own secret files and of parameter files
# that keep a name apart from its value (patterns/SOURCES-platforms.md):
# CloudFormation/SAM and ARM parameters, Hiera data, gitlab-secrets.json,
# ProxySQL, realm.properties, Bacula, MongoDB keyfiles, Redis Sentinel,
# SonarQube's passcode, FileZilla and lftp. Each secret is found whole at its
# place; the references, ciphertext, hashes, defaults and public keys those
# files also hold are not reported.
. "$(dirname "$0")/lib.sh"
batch_scans

PW=Vq8rTz3LwP2k
# none FILE: scanning $T/FILE reports nothing
none() {
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: no finding" jq -e 'length == 0' "$T/out"
}
# count FILE N: scanning $T/FILE reports N findings
count() {
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: $2 findings" jq -e --argjson n "$2" 'length == $n' "$T/out"
}

# CloudFormation parameters: the name is judged apart from its value
mk cfn/params/prod.json "[
  {
    \"ParameterKey\": \"DBMasterPassword\",
    \"ParameterValue\": \"$PW\"
  },
  {
    \"ParameterKey\": \"InstanceType\",
    \"ParameterValue\": \"t3.medium\"
  }
]
"
found cfn/params/prod.json 4 cfnparams-parameter-value "$PW"
mk cfn/params/refs.json '[
  {"ParameterKey": "DBMasterPassword", "ParameterValue": "{{resolve:secretsmanager:prod/db:SecretString:password}}"},
  {"ParameterKey": "ApiKeyParam", "ParameterValue": "/prod/api/key"},
  {"ParameterKey": "KeyPairName", "ParameterValue": "ops-key-2024"}
]
'
none cfn/params/refs.json
# the value is judged as the generic rules judge one: an identifier is a
# placeholder, a short password needs what generated ones have
mk cfn/params/todo.json '[
  {"ParameterKey": "GitHubOAuthToken", "ParameterValue": "SET_ME_BEFORE_DEPLOY_TOKEN"},
  {"ParameterKey": "DBPassword", "ParameterValue": "postgres"}
]
'
none cfn/params/todo.json
mk cfn/deploy.sh "sam deploy --stack-name api --parameter-overrides Stage=prod DBPassword=$PW
"
found cfn/deploy.sh 1 cfnparams-parameter-override "$PW"
mk cfn/samconfig.toml "[default.deploy.parameters]
parameter_overrides = \"Stage=\\\"prod\\\" ApiToken=\\\"$PW\\\"\"
"
found cfn/samconfig.toml 2 cfnparams-parameter-override "$PW"
mk cfn/envsam.toml '[default.deploy.parameters]
parameter_overrides = "Stage=\"prod\" ApiToken=\"${API_TOKEN}\""
'
none cfn/envsam.toml

# ARM: a plain value under a credential's name; a Key Vault reference is not
mk azure/azuredeploy.parameters.prod.json "{
  \"parameters\": {
    \"adminUsername\": { \"value\": \"azureuser\" },
    \"vmAdminPassword\": { \"value\": \"$PW\" },
    \"sqlPassword\": {
      \"reference\": { \"keyVault\": { \"id\": \"/subscriptions/x/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv\" }, \"secretName\": \"sql\" }
    }
  }
}
"
found azure/azuredeploy.parameters.prod.json 4 armparams-parameter-value-file "$PW"

# Hiera: a class parameter's name ending in a credential's word, by path
# (a password's name has a rule of its own, that reads chosen passwords)
mk puppet/data/env/prod.yaml "profile::db::user: app
profile::db::password: \"$PW\"
profile::ldap::bind_password: ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAF]
profile::app::api_token: \"Wq7Lm2Xv9Rt4Zk8Nc3Bh6Ys1Pd5Gf0J\"
"
found puppet/data/env/prod.yaml 2 hiera-password "$PW"
"$KEYHOUND" scan "$T/puppet/data/env/prod.yaml" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "puppet/data/env/prod.yaml: the token's name, hiera-credential" \
	jq -e '[.[] | select(.line == 4 and .rule_id == "hiera-credential")] | length == 1' "$T/out"
mk puppet/notes.yaml "profile::db::password: \"$PW\"
"
"$KEYHOUND" scan "$T/puppet/notes.yaml" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "puppet/notes.yaml: not Hiera's path rule (the generic rule's)" \
	jq -e 'length == 1 and .[0].rule_id == "generic-password"' "$T/out"

# GitLab's own secrets
mk gitlab/gitlab-secrets.json "{
  \"gitlab_rails\": {
    \"otp_key_base\": \"7a1f3c9e5b2d8f406c1e9a7b3d5f2c8e0a4b6d9f1e3c5a7b9d2f4e6a8c0b1d3f\"
  }
}
"
found gitlab/gitlab-secrets.json 3 gitlabsecrets-key-base 7a1f3c9e5b2d8f406c1e9a7b3d5f2c8e0a4b6d9f1e3c5a7b9d2f4e6a8c0b1d3f
mk gitlab/gitlab.rb "gitlab_rails['db_key_base'] = ENV['GITLAB_DB_KEY_BASE']
"
none gitlab/gitlab.rb

# ProxySQL: every admin pair's password; defaults and native hashes are not
mk proxysql/proxysql.cnf "admin_variables=
{
  admin_credentials=\"admin:admin;ops:$PW;cluster1:Tn4pWq8zKc3m\"
}
mysql_users=
(
  { username = \"ro\", password = \"*6C8989366EAF75BB670AD8EA7A7FC1176A95CEF4\", default_hostgroup = 1 }
)
"
count proxysql/proxysql.cnf 2
found proxysql/proxysql.cnf 3 proxysql-admin-credentials Tn4pWq8zKc3m
mk proxysql/users.cnf "mysql_users=
(
  { username = \"app\", password = \"$PW\", default_hostgroup = 0 }
)
"
found proxysql/users.cnf 3 proxysql-password "$PW"

# realm.properties: clear passwords; MD5:, CRYPT: and OBF: are not
mk rundeck/server/config/realm.properties "admin: $PW,user,admin
ops: MD5:5f4dcc3b5aa765d61d8327deb882cf99,user
jdoe: OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v,user
guest: CRYPT:adpexzg3FUZAk,guest
"
found rundeck/server/config/realm.properties 1 jettyrealm-password "$PW"
# an OBF: value under a password's name anywhere is no secret either
mk WEB-INF/jetty-env.xml '<Set name="password">OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v1x8e1z0f1z0f</Set>
'
none WEB-INF/jetty-env.xml

# Bacula: a short catalog password after a semicolon
mk bacula/bacula-dir.conf "Catalog {
  dbname = \"bacula\"; dbuser = \"bacula\"; dbpassword = \"Kw7zNq3m\"
}
"
found bacula/bacula-dir.conf 2 bacula-password Kw7zNq3m

# MongoDB keyfile: the whole file, by its name
KEY=Vb3qL8xZt2wK9mRn5cPj7sYd4fHg6aEk1uQo0iTz3vXw8yNb2mLc5rKp7sJd9hGf
mk mongo/keyfile "$KEY
"
found mongo/keyfile 1 mongodbkeyfile-key "$KEY"
mk mongo/keyfile.txt "$KEY
"
none mongo/keyfile.txt

# Redis Sentinel
mk redis/sentinel.conf "sentinel monitor mymaster 10.0.0.5 6379 2
sentinel auth-pass mymaster $PW
"
found redis/sentinel.conf 2 redissentinel-auth-pass "$PW"

# SonarQube's system passcode
mk sonarqube/conf/sonar.properties "sonar.web.systemPasscode=$PW
"
found sonarqube/conf/sonar.properties 1 sonarconf-system-passcode "$PW"

# FileZilla: a plain Pass, and a base64 one reported decoded
mk filezilla/sitemanager.xml "<FileZilla3>
  <Servers>
    <Server>
      <Host>ftp.acme-corp.net</Host>
      <Pass>$PW</Pass>
    </Server>
  </Servers>
</FileZilla3>
"
found filezilla/sitemanager.xml 5 filezilla-password "$PW"
LONG=Xk4mPq9wLz2vR7tYab
mk filezilla/recentservers.xml "<FileZilla3><RecentServers><Server>
<Pass encoding=\"base64\">$(printf %s "$LONG" | base64 -w0)</Pass>
</Server></RecentServers></FileZilla3>
"
"$KEYHOUND" scan "$T/filezilla/recentservers.xml" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "filezilla base64 Pass decoded" jq -e --arg s "$LONG" \
	'length == 1 and .[0].rule_id == "filezilla-password" and .[0].secret == $s and .[0].decoded == ["base64"]' "$T/out"

# lftp: open -u user,password
mk .lftprc "open -u deploy,$PW ftp.acme-corp.net
"
found .lftprc 1 lftp-open-password "$PW"
mk mirror.sh 'lftp -u "$FTP_USER,$FTP_PASS" ftp.acme-corp.net
lftp -u deploy sftp://files.acme-corp.net
'
none mirror.sh

# Thunderbird's CalDAV/CardDAV URLs with credentials
mk thunderbird/prefs.js "user_pref(\"calendar.registry.a1.uri\", \"caldav://jane:$PW@dav.acme-corp.net/cal/jane/\");
"
found thunderbird/prefs.js 1 url-credentials "$PW"

# Jenkins' and Nexus's files written at first start, by their paths
mk jenkins_home/secrets/initialAdminPassword "3f9a1c7e5b8d4f2a6c0e9b1d3f5a7c2e
"
found jenkins_home/secrets/initialAdminPassword 1 jenkinshome-initial-admin-password 3f9a1c7e5b8d4f2a6c0e9b1d3f5a7c2e
mk jenkins_home/secrets/notes.txt "3f9a1c7e5b8d4f2a6c0e9b1d3f5a7c2e
"
none jenkins_home/secrets/notes.txt
mk sonatype-work/nexus3/admin.password "5b2e8d1f-4c7a-4e3b-9a6d-2f8c1e7b4a90
"
found sonatype-work/nexus3/admin.password 1 nexusfiles-admin-password 5b2e8d1f-4c7a-4e3b-9a6d-2f8c1e7b4a90

# Vault's init output: every unseal key share, in text and JSON
U1=q2Wv9Lm4Xz7Tk1Rb8Nc3Yp6Hs0Jd5Fg2Ae9Ku4Oi7Zt1Qw
U2=Tf3Gh6Ij9Kl2Mn5Op8Qr1St4Uv7Wx0Yz3Ab6Cd9Ef2Gh5Jk
mk vault/init.json "{
  \"unseal_keys_b64\": [\"$U1\", \"$U2\"],
  \"unseal_shares\": 2
}
"
count vault/init.json 2
found vault/init.json 2 vaultinit-unseal-key "$U2"
mk vault/init.txt "Unseal Key 1: $U1
Initial Root Token: hvs.Xk4mPq9wLz2vR7tYab3cD5eF
"
found vault/init.txt 1 vaultinit-unseal-key "$U1"

# backup repositories' password files: the one line, by the file's name
mk etc/restic/restic-password "$PW
"
found etc/restic/restic-password 1 backuppass-repository-password-file "$PW"
mk etc/restic/excludes "$PW
"
none etc/restic/excludes

# FreeRADIUS clients' and Asterisk peers' short secrets, by the file's name;
# FreeRADIUS's shipped testing123 is not
mk raddb/clients.conf "client office-ap {
	ipaddr = 10.1.0.0/16
	secret = $PW
}
client localhost {
	ipaddr = 127.0.0.1
	secret = testing123
}
"
found raddb/clients.conf 3 freeradius-client-secret "$PW"
count raddb/clients.conf 1
mk asterisk/sip.conf "[6001]
type=friend
secret=$PW
[6002]
md5secret=5f4dcc3b5aa765d61d8327deb882cf99
"
found asterisk/sip.conf 3 asterisk-peer-secret "$PW"

# public and test-mode keys: New Relic browser keys, Flutterwave test
# encryption keys
mk public/nr.js 'window.NREUM||(NREUM={});NREUM.info={licenseKey:"NRJS-e8fe0f72900807d2838",applicationID:"4536192940"};
'
none public/nr.js
mk public/flw.php "define('FLW_ENCRYPTION_KEY', 'FLWSECK_TEST4daa90ef1b23');
"
none public/flw.php

finish e2e_platforms
