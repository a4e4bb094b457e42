#!/usr/bin/env bash
# End-to-end tests of wave 38's keys38: values under names that say only
# "key", in SDK calls and in HTTP headers, and a shell default's boundary.
# * ${NAME:=value} reported whole, without its '=' and once (YAML's list
#   entry and mapping, a shell's assignment, `: "${NAME:=value}"`).
# * A bare KEY constant (Java's continued over lines, Kotlin's, C#'s,
#   TypeScript's) and a Postman or Insomnia variable named for a
#   product's key, when the value is a generated key's look.
# * A namespaced or module-qualified SDK constructor (new \Zoom\Client,
#   zoom.Client, \Courier\Client) given its key positionally.
# * A custom header's credential name (X-Ingest-Key, x-auth) holding a
#   key's hex in a header call, a headers map or an index.
# Hard decoys, more than the positives: a shell default that is empty, a
# reference, a placeholder, an error message or an alternate value;
# KEY constants holding a keyboard's name, a preference's path, a hash, a
# UUID, a column's name, a short value; variables for a cache's, a sort's,
# an i18n's or a primary key; ordinary SDK calls given a region, a URL, a
# host or a class name; headers that carry a commit SHA, an ETag, a
# digest, a request id, a cache key, an idempotency key, a WebSocket nonce.
# Every value is generated for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

readonly R1=cyBfL4R5jQ8Qk4BEJlCHw2bhbrFxZxO5
readonly R2=xbinyaWDnJHayxPKzGjDpXMqjbIoKp7i
readonly R3=VbjdCQ8dhWMV0pOBKH8SnnjUB2aAisGy
readonly R4=4W6NfGbgvUEEUfqAWGsfSuP9VoknAqjz
readonly R5=RyaK0W6hFEwvYq0nqfkVv4RjODBw3mlp
readonly R6=ASlqTheSssWwzK6IhKJx3XN024ws6k1i
readonly R7=OUXnP2pJJG1Aco6sjpdjGnsW88sFHqxN
readonly R8=5yPnoBkUiegF3hFw2PtL6jbr6YgsPyHm
readonly R9=vCdNH5zaP2qEvwQnsMZylcBKlJC9cmz3
readonly R10=4ChB1mixrsYBvmLtq6IA8TIGzQrUls7Y
readonly Q1=pcm2iywmA8w4hsIf
readonly Q2=K2IQ8vlcJwkJ4IG6
readonly Q3=1pmgsa3KhXSgyiVg
readonly Q4=rfquuIukoEk3twMx
readonly X1=65c2e810fb11f7127bca203017df6cdc4ba1c54a
readonly X2=b83b1c6be228442ae7a68702c87eefcdb272b87a
readonly X3=9334f86e0e0b5285c93efd18227be1a72a8a80e1
readonly X4=cc57d496dfcd16c2a6f4d0111e3293cf36d41d23
readonly X5=2dd2d7a4b710213635928b8ddeb78afc10b5b064
readonly Y1=d62812ba7ad50879dace70d1f469244337eed15bd3253860084afebea9edea59
readonly Y2=bf3d0a1e3313b96e7b0efa0ec429146da6cce3894fe044ddd81f8ebb4c082f6a
readonly Z1=2f2104f23f4f864c5effe42429dbbdca
readonly Z2=ff47554fa45b8b2caf67cba7431ae462
readonly Z3=9d8e2f212df37848082dddeff9f185f1
readonly UUID=3b0f6c1e-8d2a-4f7b-9c51-0e6a2d4b7f18

# ---- a shell default's value, without its operator --------------------
mk compose/docker-compose.yml "services:
  api:
    environment:
      - API_KEY=\${API_KEY:=$R1}
      - LOG_LEVEL=\${LOG_LEVEL:-info}
"
found compose/docker-compose.yml 4 generic-secret "$R1"
secrets_exactly compose/docker-compose.yml "$R1"

mk helm/values.yaml "db:
  password: \${PG_PASS:=Winter2021#weir}
  host: \${PG_HOST:-db}
"
found helm/values.yaml 2 generic-password "Winter2021#weir"
secrets_exactly helm/values.yaml "Winter2021#weir"

mk bin/start.sh "#!/bin/sh
DB_PASS=\${DB_PASS:=Tundra2024*x}
export STRIPE_TOKEN=\"\${STRIPE_TOKEN:=$R2}\"
exec ./server
"
generic bin/start.sh 2 "Tundra2024*x"
found bin/start.sh 3 generic-secret "$R2"
secrets_exactly bin/start.sh "Tundra2024*x" "$R2"

mk bin/decoys.sh "#!/bin/sh
API_TOKEN=\${API_TOKEN:-}
API_TOKEN=\${API_TOKEN:-\$DEFAULT_TOKEN}
DB_PASSWORD=\${DB_PASSWORD:=changeme}
SECRET_KEY=\${SECRET_KEY:?must be set}
AUTH_TOKEN=\${AUTH_TOKEN:+--token=\$AUTH_TOKEN}
"
silent bin/decoys.sh

mk k8s/env.yaml "env:
  - name: API_TOKEN
    value: \"\${API_TOKEN:?set API_TOKEN first}\"
  - name: ADMIN_PASSWORD
    value: \"\${ADMIN_PASSWORD:=password}\"
"
silent k8s/env.yaml

# ---- a bare KEY constant: a generated key's look ----------------------
mk src/main/java/com/acme/Courier.java "final class Courier {
    static final String KEY = \"${R3:0:16}\"
        + \"${R3:16}\";
}
"
generic src/main/java/com/acme/Courier.java 2 "$R3"

mk app/src/main/kotlin/Keys.kt "object Keys {
    const val KEY = \"$R4\"
}
"
found app/src/main/kotlin/Keys.kt 2 generic-secret "$R4"

mk Service/Settings.cs "public static class Settings {
    public const string Key = \"$R5\";
}
"
found Service/Settings.cs 2 generic-secret "$R5"

mk web/src/tracker.ts "export class Tracker {
  static readonly KEY = \"$R6\";
}
"
found web/src/tracker.ts 2 generic-secret "$R6"

mk src/main/java/com/acme/Keys.java "final class Keys {
    static final String KEY = \"ENTER\";
    private static final String KEY = \"com.example.prefs.user_name\";
    public static final String KEY = \"$X1\";
    static final String KEY = \"$UUID\";
    static final String KEY = \"user-name\";
    static final String KEY = \"$Q1\";
    public const string Key = \"sortOrderDescending\";
}
"
silent src/main/java/com/acme/Keys.java

# ---- a Postman or Insomnia variable named for a product's key ----------
mk postman/orders.postman_collection.json "{
  \"info\": {\"name\": \"Orders API\"},
  \"variable\": [
    {\"key\": \"baseUrl\", \"value\": \"https://orders.example.internal\"},
    {\"key\": \"courierKey\", \"value\": \"$R7\"}
  ]
}
"
found postman/orders.postman_collection.json 5 generic-secret "$R7"

mk insomnia/env.json "{\"data\": [{\"name\": \"shipperKey\", \"value\": \"$R8\", \"enabled\": true}]}
"
found insomnia/env.json 1 generic-secret "$R8"

mk postman/decoys.postman_environment.json "{\"values\": [
  {\"key\": \"cacheKey\", \"value\": \"$R9\"},
  {\"key\": \"sortKey\", \"value\": \"createdAtDescendingOrder2\"},
  {\"key\": \"i18nKey\", \"value\": \"dashboard.header.title\"},
  {\"key\": \"primaryKey\", \"value\": \"customer_id\"},
  {\"key\": \"courierKey\", \"value\": \"courier-key-value-default\"},
  {\"key\": \"idempotencyKey\", \"value\": \"$UUID\"},
  {\"key\": \"courierKey\", \"value\": \"{{COURIER_KEY}}\"}
]}
"
silent postman/decoys.postman_environment.json

# ---- a namespaced or module-qualified SDK constructor ------------------
mk snippets/zoom/client.php "<?php
\$client = new \\Zoom\\Client('$R10');
"
found snippets/zoom/client.php 2 generic-secret "$R10"

mk lib/courier.php "<?php
\$courier = new Courier\\Client('$Q2$Q3');
"
found lib/courier.php 2 generic-secret "$Q2$Q3"

mk tools/meet.py "import zoom
client = zoom.Client('$Q3$Q4')
"
found tools/meet.py 2 generic-secret "$Q3$Q4"

mk lib/courier.rb "require 'courier'
client = Courier::Client.new('$R9')
"
found lib/courier.rb 2 generic-secret "$R9"

mk cmd/notify/main.go "package main

var c = courier.NewClient(\"$R2$Z1\")
"
found cmd/notify/main.go 3 generic-secret "$R2$Z1"

mk cmd/decoys/main.go "package main

var h = http.NewClient(\"https://api.example.com\")
var r = redis.NewClient(\"redis-primary-01:6379\")
var n = courier.NewClient(\"CourierServiceDefaultName\")
var s = storage.NewClient(ctx)
"
silent cmd/decoys/main.go

mk lib/decoys.rb "c = Redis::Client.new('redis://cache.internal:6379/0')
d = Courier::Client.new(ENV.fetch('COURIER_KEY'))
"
silent lib/decoys.rb

mk tools/decoys.py "import boto3, redis, zoom, os
s3 = boto3.client('s3')
r = redis.Client('redis-primary-01.internal')
c = zoom.Client(os.environ['ZOOM_KEY'])
k = zoom.Client('<ZOOM_API_KEY>')
"
silent tools/decoys.py

mk lib/decoys.php "<?php
\$http = new \\GuzzleHttp\\Client('https://api.example.com/v1');
\$app = new \\App\\Client('AppServiceProviderFactory');
\$m = new \\Zoom\\Meeting('$Q1$Q2');
"
silent lib/decoys.php

# ---- a custom header's key, hex too -------------------------------------
mk telemetry/src/Ingest.java "HttpRequest req = HttpRequest.newBuilder(uri)
        .header(\"X-Ingest-Key\", \"$X2\")
        .build();
"
found telemetry/src/Ingest.java 2 generic-secret "$X2"

mk app/lib/pinata.dart "final headers = {'x-auth': '$Y1'};
"
found app/lib/pinata.dart 1 generic-secret "$Y1"

mk scripts/push.py "headers = {}
headers[\"X-Courier-Key\"] = \"$Z1\"
"
found scripts/push.py 2 generic-secret "$Z1"

mk telemetry/src/Decoys.java "HttpRequest req = HttpRequest.newBuilder(uri)
        .header(\"X-Git-Sha\", \"$X3\")
        .header(\"X-Cache-Key\", \"$X4\")
        .header(\"X-Idempotency-Key\", \"$X5\")
        .header(\"Sec-WebSocket-Key\", \"dGhlIHNhbXBsZSBub25jZQ==\")
        .header(\"X-Trace-Key\", \"$Z2\")
        .build();
"
silent telemetry/src/Decoys.java

mk scripts/decoys.py "headers = {'If-None-Match': '$Z3', 'Content-MD5': '$Z2'}
headers[\"X-Request-Id\"] = \"$Z3\"
headers[\"X-Span-Key\"] = \"$Y2\"
headers[\"X-Auth\"] = \"00000000000000000000000000000000\"
"
silent scripts/decoys.py

finish "e2e_keys38"
