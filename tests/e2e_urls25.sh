#!/usr/bin/env bash
# End-to-end tests of wave 25's URL user info (url-credentials): a URL's
# password under any scheme (tcp, beanstalk, pulsar+ssl, db:pg...) and an
# empty user, percent-encoded (reported decoded), a proxy's login without a
# scheme (url-proxy-login), on any host: internal names, IPs, and the names kept for
# documentation (db.example, example.com), where a strong password is
# reported with the example context and a sample's is not. Placeholders,
# sample words (s3cret, P@ssw0rd), a word and its count (johndoe123),
# references, templates and masks stay quiet on every host.
. "$(dirname "$0")/lib.sh"
batch_scans

# url FILE LINE SECRET: SECRET reported once on LINE by url-credentials
url() { found "$1" "$2" url-credentials "$3"; }

# positives over schemes and host kinds, in syntaxes of their own
mk cr/worker.cr 'Faktory.configure { |c| c.url = "tcp://:Vx8kPq2Lm7Rz@faktory.corp:7419" }
'
url cr/worker.cr 1 Vx8kPq2Lm7Rz
mk meter/broker.toml '[uplink]
endpoint = "mqtts://meter:Orchid7-Basalt-Quill@broker.lan:8883"
'
url meter/broker.toml 2 Orchid7-Basalt-Quill
mk lua/cache.lua 'local r = redis.connect_url("rediss://:Jq4ZbT9wXmK2vRp7@10.0.4.12:6380/2")
'
url lua/cache.lua 1 Jq4ZbT9wXmK2vRp7
mk hcl/relay.nomad '  env { NATS_URL = "nats://relay:Ln6Vq2Kx9Wz4@nats.svc.cluster.local:4222" }
'
url hcl/relay.nomad 1 Ln6Vq2Kx9Wz4
mk cam/streams.ini '[door]
source=rtsp://cam:Tz5Qw8Lp3Xv@[fd00::21]:554/live
'
url cam/streams.ini 2 Tz5Qw8Lp3Xv
mk erl/sys.config '[{eldap_pool, [{url, "ldaps://binder:Dk2Wv8Qm5Zr@dc01.corp.lan:636"}]}].
'
url erl/sys.config 1 Dk2Wv8Qm5Zr
mk mk/Makefile 'upload:
	curl -T dist.tgz sftp://ingest:Pw4Rk9Zm2Qx@files.corp:22/inbox/
'
url mk/Makefile 2 Pw4Rk9Zm2Qx
mk java/ds.properties 'report.url=jdbc:mysql://report:Hx6Wq2Lz9Vk@db.corp:3306/sales
'
url java/ds.properties 1 Hx6Wq2Lz9Vk
mk node/package.json '{ "dependencies": { "infra": "git+ssh://deploy:Nq7Tz3Kw8Lv@git.corp/infra.git" } }
'
url node/package.json 1 Nq7Tz3Kw8Lv
# schemes no list names: a URL's user info is one by its syntax
mk queue/jobs.yml 'queue: beanstalk://worker:Fm3Qz8Wk2Lr@queue.corp:11300
'
url queue/jobs.yml 1 Fm3Qz8Wk2Lr
mk pulsar/client.conf 'brokerServiceUrl=pulsar+ssl://client:Ys4Kv9Lm2Qw@pulsar.corp:6651
'
url pulsar/client.conf 1 Ys4Kv9Lm2Qw
mk db/sqitch.conf '[target "prod"]
	uri = db:pg://sqitch:Wn3Kq8Zr5Lx@pg.corp/app
'
url db/sqitch.conf 2 Wn3Kq8Zr5Lx
mk nix/host.nix '  services.smb.share = "smb://svc_print:Mv7Xq3Lz8Kp@fileserver.local/queue";
'
url nix/host.nix 1 Mv7Xq3Lz8Kp

# a password written percent-encoded: reported as its server reads it
mk pct/airflow.cfg '[connections]
warehouse = mssql+pyodbc://etl:Rv7%40Kq2%2FZm9%23Lx@sql.corp:1433/dw
'
"$KEYHOUND" scan "$T/pct/airflow.cfg" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "percent-encoded password decoded" jq -e \
	'length == 1 and .[0].secret == "Rv7@Kq2/Zm9#Lx" and .[0].decoded == ["percent"]
	 and .[0].line == 2 and .[0].column == 32' "$T/out"

# a proxy's login without a scheme, as pip, curl and *_PROXY take it
mk proxy/pip.ini '[global]
proxy = build:Lq4Wz9Kx2Vm@squid.corp.lan:3128
'
found proxy/pip.ini 2 url-proxy-login Lq4Wz9Kx2Vm
mk proxy/Dockerfile 'ENV ALL_PROXY=fetch:Tz8Vq3Lm6Kw@[fd00::3128]:1080
'
found proxy/Dockerfile 1 url-proxy-login Tz8Vq3Lm6Kw
mk decoy/proxy.conf 'proxy = user:password@proxy.corp:3128
HTTPS_PROXY=$PROXY_USER:$PROXY_PASS@gw.corp:8080
proxy_pass http://backend:8080;
upstream_proxy: ops@squid.corp.lan:3128
proxy: {{ proxy_user }}:{{ proxy_password }}@squid.corp.lan:3128
# the proxy admin:changeme1@squid.corp.lan is its default
'
silent decoy/proxy.conf

# at a host kept for documentation: a strong password is reported, its
# context example and its confidence one lower
mk ops/bridge.sh 'export BRIDGE_URL=https://bridge:Quarry5-Lumen-Quarry@api.fernhollow.example/v2
export CACHE=rediss://:cedar.marlin.sprocket4@cache.example.com:6380/1
export QUEUE=amqps://:Wq8Lz3Kp7Vx2Nr5@mq.example:5671
'
"$KEYHOUND" scan "$T/ops/bridge.sh" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports ops/bridge.sh Quarry5-Lumen-Quarry cedar.marlin.sprocket4 Wq8Lz3Kp7Vx2Nr5
check "documentation host: example context, low confidence" jq -e \
	'length == 3 and all(.[]; .context == "example" and .confidence == "low"
	 and .validation.host == "documentation")' "$T/out"
# a host that only holds the word is no documentation host
mk svc/env.sh 'export U=https://svc:Tq5Wz8Kx3Lm@examples.acme.io/
'
"$KEYHOUND" scan "$T/svc/env.sh" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "examples.acme.io: no example context" jq -e \
	'length == 1 and .[0].confidence == "medium" and (.[0] | has("context") | not)' "$T/out"

# a README's usage: samples' passwords on documentation hosts
mk decoy/README.md '## Usage

    export DATABASE_URL=postgres://user:password@db.example.com:5432/app
    export REDIS_URL=redis://:secret123@cache.example.com:6379/0
    curl https://alice:wonderland@api.example.com/v1/me
    mongodb://myUser:myPassword@mongo.example.net/db
    git clone https://bob:hunter22@git.example.com/acme/tool.git
    https://demo:s3cret@demo.example.com and https://jdoe:MyS3cretPass@example.com
    https://john:johndoe123@example.org https://scott:Tiger12@example.com
    https://user:opensesame@example.com https://user:qwerty123@example.com
    https://user:Passw0rd!@example.com https://user:letmein1@example.com
'
silent decoy/README.md
# samples, references, templates and masks on any host
mk decoy/app.env 'A=redis://app:s3cret@cache.internal:6379
B=https://user:pass@proxy.corp:3128
C=amqp://svc:changeme1@mq.internal
D=https://u:P@ssw0rd@registry.corp
E=postgres://app:${DB_PASS}@db.corp/app
F=tcp://:{{ .Password }}@faktory.corp:7419
G=https://admin:****@grafana.corp
H=nats://relay:<password>@nats.corp:4222
I=smb://svc:%(password)s@files.corp/share
J=beanstalk://worker:$(cat /run/secrets/q)@queue.corp
K=https://u:p%40ss@proxy.corp:3128 L=https://u:he%2F%2Fo@pypi.corp/simple
'
silent decoy/app.env
# a scheme of no protocol: words, times, handles; a CVSROOT's method and
# user after an empty one; a word and its count in an error's sample URI;
# a scheme no protocol list names before a bare name (a provider's own
# URL, its rule's to judge)
mk decoy/notes.txt 'see note://12:30@standup and vscode://file:/src/a.go@main
mail me at mailto:ops@acme.io; https://medium.com:443/@acme
checkout: cvs://:pserver:anonymous@cvs.gnu-mirror.org:/sources
throw new Error("bad key: expected vaultkey://:token_1234@vault.acme.io/env")
MEDIA=mediahub://4418290011:7c1e9a0b@store
'
silent decoy/notes.txt

finish e2e_urls25
