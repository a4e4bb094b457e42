#!/usr/bin/env bash
# End-to-end tests of credentials held in connection strings, PHP
# define(), command-line flags and `set` commands, log lines, SQL rows and
# CSV tables, and under plain names a section or table explains
# (`[datadog] api = ...`, an api_keys table's `key`): each is reported at
# the value, and the same shapes with placeholders or no credential are not.
. "$(dirname "$0")/lib.sh"
batch_scans
KH=$KEYHOUND

PW=Zr8Kq2Wv5Tn7Lx3MpQ4s       # a password no provider owns: the generic rule
DD=4f9c2b7e1d3a8c6f0e5b9d2a7c4f1e8b # 32 hex digits: a Datadog API key
AWS=Hq7Zr2Wv5Tn7Lx3MpQ4sHd9Kf1Bc6Yg8Jm0Pn4Rt

# 1. connection strings: ADO.NET in web.config and appsettings.json, code,
# JDBC, ODBC's braced value
mk pos/web.config "<connectionStrings>
  <add name=\"Default\" connectionString=\"Server=db01;Database=Shop;User Id=app;Password=$PW;\" />
</connectionStrings>
"
found pos/web.config 2 generic-secret "$PW"
mk pos/appsettings.json "{
  \"ConnectionStrings\": {
    \"Default\": \"Server=tcp:shop.database.windows.net,1433;User ID=admin1;Pwd=$PW;Encrypt=True;\"
  }
}
"
found pos/appsettings.json 3 generic-secret "$PW"
mk pos/Db.cs "var cs = \"Data Source=(local);Initial Catalog=Shop;User Id=sa;Password=$PW\";
"
found pos/Db.cs 1 generic-secret "$PW"
mk pos/App.config "<add name=\"Spaced\" connectionString=\"Server=db01; Database=Shop; User Id=app; Password=$PW;\" />
"
found pos/App.config 1 generic-secret "$PW"
mk pos/Db.java "String url = \"jdbc:sqlserver://db01:1433;databaseName=shop;user=app;password=$PW;encrypt=true\";
"
found pos/Db.java 1 generic-secret "$PW"
mk pos/odbc.py "conn = \"Driver={ODBC Driver 18};Server=db01;Uid=app;PWD={$PW};\"
"
found pos/odbc.py 1 generic-secret "$PW"

# 2. PHP define()
mk pos/wp-config.php "<?php
define('DB_PASSWORD', '$PW');
"
found pos/wp-config.php 2 generic-secret "$PW"

# 3. flags and set commands
mk pos/backup.sh "mysql -h db01 -u root --password=$PW shop < dump.sql
"
found pos/backup.sh 1 generic-secret "$PW"
mk pos/sync.sh "./sync --api-key $PW --region us
"
found pos/sync.sh 1 generic-secret "$PW"
mk pos/docker.sh "docker run --rm -e API_TOKEN=$PW -p 8080:80 app
"
found pos/docker.sh 1 generic-secret "$PW"
mk pos/k8s.sh "kubectl create secret generic app --from-literal=password=$PW
"
found pos/k8s.sh 1 generic-secret "$PW"
mk pos/helm.sh "helm install app ./chart --set auth.apiToken=$PW --wait
"
found pos/helm.sh 1 generic-secret "$PW"
mk pos/setup.ps1 "\$password = ConvertTo-SecureString \"$PW\" -AsPlainText -Force
"
found pos/setup.ps1 1 windows-securestring-plaintext "$PW"
mk pos/user.ps1 "New-LocalUser -Name svc -Password (ConvertTo-SecureString '$PW' -AsPlainText -Force)
"
found pos/user.ps1 1 windows-securestring-plaintext "$PW"
mk pos/setup.bat "setx DEPLOY_TOKEN $PW
"
found pos/setup.bat 1 generic-secret "$PW"
mk pos/aws.sh "aws configure set aws_secret_access_key $AWS
"
found pos/aws.sh 1 aws-secret-access-key "$AWS"

# 4. a bearer token in a log, with no host to name it
mk pos/app.log "2024-05-01 10:00:00 DEBUG request headers Authorization=[Bearer $PW] path=/v1
"
found pos/app.log 1 generic-secret "$PW"
mk pos/worker.log "DEBUG sending headers={'Authorization': 'Bearer $PW', 'Accept': 'json'}
"
found pos/worker.log 1 generic-secret "$PW"

# 5. rows: SQL columns and tables named for credentials, CSV columns
mk pos/seed.sql "INSERT INTO users (id, email, password) VALUES (2, 'ops@example.org', '$PW');
"
found pos/seed.sql 1 generic-secret "$PW"
mk pos/dump.sql "INSERT INTO \`api_keys\` (\`id\`, \`name\`, \`key\`) VALUES
(1, 'ci', 'none'),
(2, 'deploy', '$PW');
"
found pos/dump.sql 3 generic-secret "$PW"
mk pos/tokens.sql "INSERT INTO access_tokens (id, value) VALUES (7, '$PW');
"
found pos/tokens.sql 1 generic-secret "$PW"
mk pos/keys.csv "id,name,api_key,created
1,ci,none,2024-01-01
2,deploy,$PW,2024-01-02
"
found pos/keys.csv 3 generic-secret "$PW"
mk pos/export.csv "\"user\",\"token\"
\"ops\",\"$PW\"
"
found pos/export.csv 2 generic-secret "$PW"

# 6. plain names a section or a parent explains
mk pos/datadog.ini "[datadog]
site = datadoghq.eu
api = $DD
"
found pos/datadog.ini 3 datadog-api-key "$DD"
mk pos/datadog.yaml "datadog:
  site: datadoghq.eu
  api: $DD
"
found pos/datadog.yaml 3 datadog-api-key "$DD"
mk pos/hubspot.ini "[hubspot]
smtp_user = ops
smtp_pass = $PW
"
found pos/hubspot.ini 3 generic-secret "$PW"

# the same shapes with placeholders, ids and no credential: nothing
mk neg/web.config "<add name=\"Local\" connectionString=\"Server=(local);Database=Shop;Integrated Security=true;\" />
<add name=\"Empty\" connectionString=\"Server=db01;User Id=sa;Password=;\" />
<add name=\"Var\" connectionString=\"Server=db01;User Id=sa;Password=\$(DB_PASSWORD);\" />
<add name=\"Env\" connectionString=\"Server=db01;User Id=sa;Password=%DB_PASSWORD%;\" />
"
mk neg/Db.cs "var cs = string.Format(\"Server={0};User Id={1};Password={2};\", h, u, p);
var odbc = \"Driver={ODBC Driver 18};Server=db01;PWD={0};\";
for (i = 0; password_len = strlen(password_buffer_2024); i++) {}
"
mk neg/wp-config.php "<?php
define('DB_PASSWORD', getenv('DB_PASSWORD'));
define('AUTH_KEY', 'put your unique phrase here');
"
mk neg/run.sh "docker run -p 8080:80 -e API_TOKEN=\$API_TOKEN app
mysql -u root --password-file /run/secrets/db_password_2024 shop
./sync --api-key \${{ secrets.SYNC_API_KEY }}
./deploy --token=<token>
aws configure set region us-east-1
aws configure set aws_secret_access_key \$AWS_SECRET_ACCESS_KEY
setx DEPLOY_TOKEN %DEPLOY_TOKEN%
kubectl create secret generic app --from-literal=password=changeme
helm install app ./chart --set image.tag=v1.2.3-8f3a1c9e27b4 --set auth.apiToken=\$API_TOKEN
set -euo pipefail
read -s -p \"Password: \" DB_PASSWORD
\$password = ConvertTo-SecureString \$env:DB_PASSWORD -AsPlainText -Force
\$password = ConvertTo-SecureString \"<password>\" -AsPlainText -Force
\$password = Read-Host -AsSecureString
"
mk neg/app.log "DEBUG request headers Authorization=[Bearer ***] path=/v1
DEBUG headers = {'Authorization': f'Bearer {token}'}
DEBUG Authorization: Bearer \$TOKEN
"
mk neg/seed.sql "INSERT INTO api_keys (id, key_id, user_id) VALUES (1, 'kid_8f3a1c9e27b4d6f05e1a', 42);
INSERT INTO tokens (id, token_type, expires_at) VALUES (1, 'bearer', '2024-05-01T10:00:00Z');
INSERT INTO users (id, password_hash) VALUES (3, 'd2a7c4f1e8b4f9c2b7e1d3a8c6f0e5b9');
INSERT INTO users (id, password) VALUES (4, '\${DB_PASSWORD}');
"
mk neg/keys.csv "id,name,api_key_id
1,ci,ak_20240101_prod_ci_runner
"
mk neg/header.csv "id,name,api_key,created
"
mk neg/README.md "Run \`tool -pwd\` to print the working directory; --token-file reads the token from a file.
"
expect_exit 0 "placeholders, ids, prompts and empty values: nothing" -- "$KH" scan "$T/neg" -f json
check "decoys: empty report" grep -qx '\[\]' "$T/out"

finish e2e_held
