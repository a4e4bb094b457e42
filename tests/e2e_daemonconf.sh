#!/usr/bin/env bash
# End-to-end tests of servers' and agents' own config syntaxes (HAProxy,
# Redis ACL, PgBouncer, Fluent Bit, fluentd, Kong decK, Prometheus, Consul):
# the password or key is found at its place; the hashes, references,
# documented defaults and ids these files also hold are not reported.
. "$(dirname "$0")/lib.sh"
batch_scans

PW=Vq8rTz3LwP2k
KEY=4f9c2e7a1b8d3f6e0a5c9b2d7e4f1a3c
# none FILE: scanning $T/FILE reports nothing
none() {
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: no finding" jq -e 'length == 0' "$T/out"
}

mk haproxy/haproxy.cfg "userlist ops
    user alice insecure-password $PW groups admin
listen stats
    stats auth admin:Hm4qZt9wKxR2
backend api
    http-request set-header X-Api-Key $KEY
"
found haproxy/haproxy.cfg 2 daemonconf-haproxy-insecure-password "$PW"
found haproxy/haproxy.cfg 4 daemonconf-haproxy-stats-auth Hm4qZt9wKxR2
found haproxy/haproxy.cfg 6 daemonconf-haproxy-header-secret "$KEY"
mk redis/users.acl "user default off
user cache on ~cache:* +@read >$PW
"
found redis/users.acl 2 daemonconf-redis-acl-password "$PW"
mk pgbouncer/userlist.txt "\"stats\" \"md5a1b2c3d4e5f60718293a4b5c6d7e8f9\"
\"app\" \"$PW\"
"
found pgbouncer/userlist.txt 2 daemonconf-pgbouncer-userlist-password "$PW"
mk fluent-bit.conf "[OUTPUT]
    Name        http
    HTTP_Passwd $PW
"
found fluent-bit.conf 3 daemonconf-password "$PW"
mk td-agent.conf "<security>
  shared_key $PW
</security>
"
found td-agent.conf 2 daemonconf-password "$PW"
mk kong/kong.yaml "consumers:
- username: billing
  keyauth_credentials:
  - key: Qm8zRt4wKx2LpN7v
"
found kong/kong.yaml 4 daemonconf-kong-keyauth-key Qm8zRt4wKx2LpN7v
mk prometheus.yml "scrape_configs:
  - job_name: api
    authorization:
      type: Bearer
      credentials: Nq2wZx7kTm4PLr9vB6cY
"
found prometheus.yml 5 daemonconf-prometheus-credentials Nq2wZx7kTm4PLr9vB6cY
mk consul/agent.hcl "encrypt = \"B7hXHukLdUZdxSaWo/QerbTljwmmFOI2l+GVoLKMjsE=\"
acl {
  tokens {
    agent = \"8a2d4f6b-1c3e-4a5b-9d7f-0e2c4a6b8d1f\"
  }
}
"
found consul/agent.hcl 1 consul-gossip-key "B7hXHukLdUZdxSaWo/QerbTljwmmFOI2l+GVoLKMjsE="
found consul/agent.hcl 4 consul-acl-config-token 8a2d4f6b-1c3e-4a5b-9d7f-0e2c4a6b8d1f
mk standalone.xml "<datasource jndi-name=\"java:jboss/datasources/AppDS\" pool-name=\"AppDS\">
  <security>
    <credential-reference clear-text=\"Lp7xQw2zKm5T\"/>
  </security>
</datasource>
"
found standalone.xml 3 wildfly-credential-clear-text Lp7xQw2zKm5T

# what such files hold besides secrets
mk no/haproxy.cfg "userlist ops
    user alice password \$6\$Zq3d\$Wx9kTq2mLr7vNb4pYh8cJf5sGd1aKe6uQi3oPz0RtY
    stats auth admin:\${STATS_PASS}
"
none no/haproxy.cfg
mk no/users.acl "user cache on #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 ~* +@all
"
none no/users.acl
mk no/pgbouncer/userlist.txt "\"app\" \"SCRAM-SHA-256\$4096:c2FsdA==\$c3RvcmVk:c2VydmVy\"
"
none no/pgbouncer/userlist.txt
# documented defaults: Grafana's shipped secret_key, Consul's docs' key
mk no/grafana.ini "[security]
secret_key = SW2YcwTIb9zpOOhoPsMm
"
none no/grafana.ini
mk no/agent.hcl "encrypt = \"pUqJrVyVRj5jsiYEkM/tFQYfWyJIv4s3XkvDwy7Cu5s=\"
"
none no/agent.hcl
mk no/standalone.xml "<credential-reference store=\"cs\" alias=\"db-pw\"/>
<credential-reference clear-text=\"\${env.DB_PASSWORD}\"/>
"
none no/standalone.xml
# Twilio's SIDs are ids; the secret beside one still is one
mk sms.toml "[sms]
api_key = \"SKfbe3450b56b55d3301a7c2e9d4f8b6a1\"
account = \"AC7d2e9f4a1b8c3d6e0f5a2b9c4d7e1f3a\"
secret = \"Rk9wTz3qLm6XbN2vQ8sYh4Jd7Fc1Gp5W\"
"
found sms.toml 4 generic-secret Rk9wTz3qLm6XbN2vQ8sYh4Jd7Fc1Gp5W
scan_check "sms.toml: the SIDs are not reported" sms.toml 'length == 1'

finish e2e_daemonconf
