#!/usr/bin/env bash
# End-to-end tests of wave 23's code positions: a list of logins (who,
# then the password) under a plural name for them, in any language's
# tuples and lists; a literal a server compares a request's header with;
# a value AWS CDK or Pulumi wraps as a secret; a provider's key beside a
# field that names the provider. Display names, roles, placeholders,
# environment reads, a variable or an environment's value compared (a
# test's expectation), media types and wrapped references stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

PW1='Quarry#Lm4Tz9Vb'
PW2='Heron+Wd7Kx2Pq'
KEY=Rb7Kq2Wz9Lm4Tx8Vn3Hc6Yp1

# logins: (who, password) items under users, accounts, logins, creds
mk py/locustfile.py "from locust import HttpUser

USERS = [
    (\"rider1@acme.test\", \"$PW1\"),
    (\"rider2@acme.test\", \"$PW2\"),
]
"
"$KEYHOUND" scan "$T/py/locustfile.py" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports locustfile.py "$PW1" "$PW2"
mk ex/seeds.exs "@accounts [{\"ops@acme.test\", \"$PW1\"}, {\"qa@acme.test\", \"$PW2\"}]
"
"$KEYHOUND" scan "$T/ex/seeds.exs" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports seeds.exs "$PW1" "$PW2"
mk php/fixtures.php "<?php
\$testLogins = [
  ['kim', '$PW1'],
];
"
generic php/fixtures.php 3 "$PW1"
mk ml/users.ml "let users = [ (\"mo@x.test\", \"$PW1\"); (\"al@x.test\", \"$PW2\") ]
"
"$KEYHOUND" scan "$T/ml/users.ml" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports users.ml "$PW1" "$PW2"
mk go/seed.go "var demoCreds = []Login{
	{\"ops\", \"$PW1\"},
}
"
generic go/seed.go 2 "$PW1"
mk decoy/people.py "USERS = [
    (\"rider1@acme.test\", \"Alice Example\"),
    (\"rider2@acme.test\", \"viewer\"),
]
ACCOUNTS = [(\"ops@acme.test\", \"<password>\"), (\"qa@acme.test\", os.environ[\"QA_PW\"])]
LOGINS = [(\"ops@acme.test\", \"changeme\")]
"
silent decoy/people.py
mk decoy/hosts.py "USERS = [(\"api\", \"app.example.com\"), (\"cdn\", \"static.example.com\")]
"
silent decoy/hosts.py

# a request's header compared with a literal
mk falcon/app.py "class Auth:
    def process_request(self, req, resp):
        if req.get_header(\"X-Api-Key\") != \"$KEY\":
            raise falcon.HTTPUnauthorized()
"
generic falcon/app.py 3 "$KEY"
mk php/guard.php "<?php
if (\$_SERVER['HTTP_X_API_KEY'] !== '$KEY') { http_response_code(401); exit; }
"
generic php/guard.php 2 "$KEY"
mk lua/access.lua "if ngx.var.http_x_auth_token ~= \"$KEY\" then
  return ngx.exit(401)
end
"
generic lua/access.lua 1 "$KEY"
mk perl/Guard.pm "return 401 if \$r->header('X-Api-Key') ne '$KEY';
"
generic perl/Guard.pm 1 "$KEY"
mk ex/plug.ex "if get_req_header(conn, \"x-api-key\") == [\"$KEY\"], do: conn, else: halt(conn)
"
generic ex/plug.ex 1 "$KEY"
mk scala/Auth.scala "if (req.getHeader(\"Authorization\") == \"Bearer $KEY\") ok() else deny()
"
generic scala/Auth.scala 1 "$KEY"
mk decoy/compare.py "assert token != \"$KEY\"
if os.environ[\"API_TOKEN\"] == \"$KEY\":
    pass
if request.headers.get(\"Content-Type\") != \"application/json\":
    abort(415)
if request.headers.get(\"X-Api-Key\") == \"\":
    abort(401)
if req.get_header(\"X-Api-Key\") != settings.API_KEY:
    abort(401)
"
silent decoy/compare.py
mk decoy/compare.pl "ok(\$token eq '$KEY');
if (\$r->header('X-Requested-With') ne 'XMLHttpRequest') { return 400; }
"
silent decoy/compare.pl

# a value wrapped as a secret in plain text
mk cdk/db-stack.ts "new secretsmanager.Secret(this, 'Db', { secretStringValue: SecretValue.unsafePlainText('$PW1') });
"
generic cdk/db-stack.ts 1 "$PW1"
mk cdk/main.go "	SecretStringValue: awscdk.SecretValue_UnsafePlainText(jsii.String(\"$PW1\")),
"
generic cdk/main.go 1 "$PW1"
mk pulumi/Program.cs "var admin = Output.CreateSecret(\"$PW2\");
"
generic pulumi/Program.cs 1 "$PW2"
mk decoy/wrap.ts "secretStringValue: SecretValue.unsafePlainText(props.dbPassword),
other: SecretValue.secretsManager('prod/db'),
const admin = pulumi.secret(cfg.require(\"adminPassword\"));
"
silent decoy/wrap.ts

# a provider's key beside a field naming the provider: its own rules
UUID=5b2e9c41-7d3a-4f86-9e1b-c28a6d47f053
mk nim/conf.nim "let c = Creds(service: \"codecov\", key: \"$UUID\")
"
found nim/conf.nim 1 codecov-token "$UUID"
mk decoy/conf.nim "let c = Creds(service: \"codecov\", key: \"CODECOV_TOKEN\")
let d = Creds(service: \"sentry\", key: \"$UUID\")
"
silent decoy/conf.nim

# past the keyword hits a file keeps: the list at the end still read
for i in $(seq 1 70000); do echo "# users"; done >"$T/big.py"
printf 'USERS = [\n    ("rider1@acme.test", "%s"),\n]\n' "$PW1" >>"$T/big.py"
"$KEYHOUND" scan "$T/big.py" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports big.py "$PW1"

finish e2e_codeargs23
