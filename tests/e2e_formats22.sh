#!/usr/bin/env bash
# End-to-end tests of wave 22's lists of secrets: the strings of a list
# under a plural secret's name (Remix's cookie `secrets: [...]` over
# lines with a comment between, Django's SECRET_KEY_FALLBACKS, apiKeys in
# JS, a shell array, a Lua or C# `{ "…" }`, a Go []string{…}, Kotlin's
# listOf), each found on its own line; and a libpq connection string's
# password as its last pair (host=db user=app password=...). Environment
# reads, names of secrets, field names, token kinds, placeholders, key ids
# and format verbs in the same places stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

A=Qx7Lm2Wz9Rk4Vb8Nc3Hp6Ty1Jd5Fs0Ga
B=Ue4Kp9Zr2Mw7Xb1Lq6Vn3Hc8
C=Tj8Rf2Wq6Zm1Kx5Nb9Lp3Vd7

mk remix/app/sessions.server.ts "export const storage = createCookieSessionStorage({
  cookie: {
    name: \"__session\",
    secrets: [
      \"$A\",
      \"$B\", // the previous secret, until rotation ends
    ],
  },
});
"
found remix/app/sessions.server.ts 5 generic-secret "$A"
found remix/app/sessions.server.ts 6 generic-secret "$B"
mk django/settings.py "SECRET_KEY_FALLBACKS = [
    \"$A\",
]
"
found django/settings.py 2 generic-secret "$A"
mk js/keys.js "const apiKeys = ['$B', '$C'];
"
found js/keys.js 1 generic-secret "$B"
found js/keys.js 1 generic-secret "$C"
mk sh/env.sh "API_TOKENS=(\"$A\" \"$C\")
"
found sh/env.sh 1 generic-secret "$C"
mk lua/keys.lua "local webhook_tokens = { \"$B\" }
"
found lua/keys.lua 1 generic-secret "$B"
mk cs/Keys.cs "static readonly string[] SigningSecrets = { \"$C\" };
"
found cs/Keys.cs 1 generic-secret "$C"
mk go/keys.go "var hmacSecrets = []string{
	\"$A\",
}
"
found go/keys.go 2 generic-secret "$A"
mk kt/Keys.kt "val refreshTokens = listOf(
    \"$B\",
)
"
found kt/Keys.kt 2 generic-secret "$B"

PW='Tundra-Kettle_5513'
mk pq/db.py "conn = psycopg.connect(\"host=db dbname=orders user=orders password=$PW\")
"
found pq/db.py 1 generic-secret "$PW"
mk pq/Main.hs "  { cfgPort = 8081,
    cfgDbConn = \"host=db dbname=ratings user=ratings password=$PW\",
  }
"
found pq/Main.hs 2 generic-secret "$PW"
mk pq/decoy/db.go "dsn := fmt.Sprintf(\"host=%s user=%s password=%s dbname=%s\", h, u, p, d)
dsn2 := \"host=db user=app password=\${DB_PASSWORD}\"
dsn3 := \"host=db user=app password=changeme\"
"
silent pq/decoy/db.go
mk ts/keys.ts "export const apiKeys: string[] = [
  \"$C\",
];
"
found ts/keys.ts 2 generic-secret "$C"
mk r/keys.R "tokens <- c(\"$A\")
"
found r/keys.R 1 generic-secret "$A"

mk decoy/sessions.ts "createCookieSessionStorage({ cookie: { secrets: [process.env.SESSION_SECRET!] } });
const secretKeys = [\"client_secret\", \"private_key\", \"refresh_token\"];
const tokens = [\"identifier\", \"string_literal\", \"number_literal\"];
const apiKeys = ['<API_KEY>', '\${API_KEY_2}'];
const keyIds = [\"$A\", \"$B\"];
export const apiKeys: string[] = [process.env.API_KEY ?? \"\"];
if (tokens <(\"$B\")) {}
"
silent decoy/sessions.ts
mk decoy/settings.py "SECRET_KEY_FALLBACKS = [os.environ[\"OLD_SECRET_KEY\"]]
SECRET_NAMES = [\"DATABASE_PASSWORD\", \"STRIPE_API_KEY\"]
tokens: list[str] = []
signing_secrets = [\"changeme\", \"your-secret-here\"]
"
silent decoy/settings.py
mk decoy/keys.go "var hmacSecrets = []string{os.Getenv(\"HMAC_SECRET\")}
var tokenKinds = map[string]string{\"a\": \"$C\"}
"
silent decoy/keys.go

finish e2e_formats22
