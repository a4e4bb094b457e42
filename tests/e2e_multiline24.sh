#!/usr/bin/env bash
# End-to-end tests of wave 24's multi-line calls: a call whose arguments
# sit on the lines below its '(' (Client(\n "AC…",\n "…"\n),
# new NetworkCredential(\n user,\n "…")) is read as the same call on one
# line: folded (scanner/shape_fold.c), comments dropped, its brackets
# counted outside strings. Decoys: variables, environment and settings
# reads, placeholders, a logging call's format, a test's expectation; a
# call left open to the end of the file or one with a string open at a
# line's end reads nothing, and stays linear.
. "$(dirname "$0")/lib.sh"
batch_scans

SID=ACd41f0e93b72a5c86e1f40b9d27c3a581
TOK=8e2b5f91c07d4a36b1e9f02c75d83a64
PW='Vq8#rLm2Tz9Kw4Px'
JWT=Hq7Zt2Lw9Rk4Vn8Yb3Xc6Md1
HM=Wp4Kx9Ln2Rb7Tz5Qh8Vc3Jd6

# Twilio: the SID then the token, each on its line; a variable SID
mk py/sms.py "from twilio.rest import Client

sms = Client(
    \"$SID\",
    \"$TOK\",
)
"
found py/sms.py 5 twilio-auth-token "$TOK"
mk py/sms_var.py "from twilio.rest import Client

account_sid = os.environ[\"TWILIO_ACCOUNT_SID\"]
sms = Client(
    account_sid,
    \"$TOK\")
"
found py/sms_var.py 6 twilio-auth-token "$TOK"
mk rb/sms.rb "require 'twilio-ruby'
@client = Twilio::REST::Client.new(\"$SID\",
                                   \"$TOK\")
"
found rb/sms.rb 3 twilio-auth-token "$TOK"

# the call's line ends in a comment
mk py/relay.py "relay = smtplib.SMTP(\"mail.acme.test\")
relay.login(  # the relay's service account
    \"svc-relay\",
    \"$PW\")
"
generic py/relay.py 4 "$PW"

# a provider's client (its name spelled in the callee), a comment
# between the arguments
mk js/notify.js "const sms = require('twilio')(
  '$SID', // the ops account: its token rotates monthly
  /* sender */ '$TOK'
);
"
found js/notify.js 3 twilio-auth-token "$TOK"

# a login's password after its user, over lines, a comment between
mk cs/Mail.cs "var smtp = new SmtpClient(\"mail.acme.test\", 587);
smtp.Credentials = new NetworkCredential(
    // the relay's service account
    \"svc-relay\",
    \"$PW\");
"
generic cs/Mail.cs 5 "$PW"
mk py/mailer.py "import smtplib
with smtplib.SMTP_SSL(\"mail.acme.test\") as s:
    s.login(
        user,  # from the vault's lease
        \"$PW\",
    )
"
generic py/mailer.py 5 "$PW"
mk go/mail.go "package mail

var auth = smtp.PlainAuth(
	\"\",
	\"relay@acme.test\",
	\"$PW\",
	\"smtp.acme.test\",
)
"
generic go/mail.go 6 "$PW"

# a signature's secret argument on a line below
mk py/tokens.py "import jwt

def issue(payload):
    return jwt.encode(
        payload,
        \"$JWT\",
        algorithm=\"HS256\",
    )
"
generic py/tokens.py 6 "$JWT"
mk js/sign.js "const sig = crypto.createHmac(
  'sha256',
  '$HM' /* the webhook's key */
).update(body).digest('hex');
"
generic js/sign.js 3 "$HM"

# decoys: variables and reads where the literals would be
mk decoy/sms.py "from twilio.rest import Client
client = Client(
    account_sid,
    auth_token,
)
check = Client(
    os.environ[\"TWILIO_ACCOUNT_SID\"],
    os.environ[\"TWILIO_AUTH_TOKEN\"],
)
"
silent decoy/sms.py
mk decoy/Mail.cs "smtp.Credentials = new NetworkCredential(
    \"svc-relay\",
    Environment.GetEnvironmentVariable(\"RELAY_PASSWORD\"));
var c2 = new NetworkCredential(
    user,
    config.get(\"relay.password\"));
var c3 = new NetworkCredential(
    \"svc-relay\",
    \"YOUR_PASSWORD\");
"
silent decoy/Mail.cs
mk decoy/tokens.py "def issue(payload):
    a = jwt.encode(
        payload,
        os.environ[\"JWT_SECRET\"],
        algorithm=\"HS256\",
    )
    b = jwt.encode(
        payload,
        \"your-256-bit-secret\",
    )
    return a, b
"
silent decoy/tokens.py
mk decoy/log.py "log.info(
    \"login %s failed for %s after %d tries\",
    user,
    host,
    tries,
)
smtp.login(
    user,
    password,
)
"
silent decoy/log.py
# a test's expectation: the SID alone is no finding
mk decoy/test_sms.py "def test_sid(self):
    self.assertEqual(
        \"$SID\",
        got.sid)
"
silent decoy/test_sms.py
# the password in a comment after the ')' is not an argument; a string
# open at a line's end folds nothing
mk decoy/open.cs "var c = new NetworkCredential(
    user,
    pass) // was \"$PW\"
var d = new NetworkCredential(\"svc\", @\"
    multi-line verbatim
\", pass);
"
silent decoy/open.cs

# a pair's partner anywhere in the multi-line call or struct that holds
# the secret, past the rule's lines: the AWS key id beside its secret key
AKID=AKIAQ3WTZ7KLMB5XR2PD
ASK=Tq8vR2mXk9Lw4Zp7Yc3Nb6Hd1Jf5Gs0aWe8Ru2Io
mk pl/backup.pl "my \$s3 = Paws->service('S3',
  region => 'eu-west-1',
  credentials => Paws::Credential::Explicit->new(
    access_key => '$AKID',
    # the backup user's, rotated by ops
    session_token => undef,
    expiration => 0,
    endpoint => 'https://s3.eu-west-1.amazonaws.com',
    secret_key => '$ASK',
  ),
);
"
"$KEYHOUND" scan "$T/pl/backup.pl" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "backup.pl: the secret key paired with its id 5 lines up" jq -e --arg s "$ASK" \
	'[.[] | select(.secret == $s)] | length == 1 and .[0].rule_id == "aws-secret-access-key-paired"
	 and .[0].line == 9 and .[0].partner.line == 4' "$T/out"
mk go/creds.go "package storage

var tiles = credentials.NewStaticCredentialsProvider(
	\"$AKID\",
	// the tiles-reader user: read-only on the bucket, rotated
	// by the platform team every 90 days; see the runbook for
	// the rotation's steps and who holds the key's copy (the
	// vault's ops/tiles path)
	\"$ASK\",
	\"\",
)
"
"$KEYHOUND" scan "$T/go/creds.go" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "creds.go: the secret key paired across the call's comment" jq -e --arg s "$ASK" \
	'[.[] | select(.secret == $s)] | length == 1 and .[0].rule_id == "aws-secret-access-key-paired"
	 and .[0].line == 9' "$T/out"
# decoys: the base64 in another list than the key id; in a function's
# body (a block, not an object)
mk decoy/keys.py "KEY_ID = \"$AKID\"
a = 1
b = 2
c = 3
d = 4
e = 5
digests = [
    \"$ASK\",
]
"
"$KEYHOUND" scan "$T/decoy/keys.py" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports decoy/keys.py "$AKID"
mk decoy/sign_test.go "func TestSign(t *testing.T) {
	id := \"$AKID\"
	a := 1
	b := 2
	c := 3
	d := 4
	e := 5
	want := \"$ASK\"
	check(t, id, want, a, b, c, d, e)
}
"
"$KEYHOUND" scan "$T/decoy/sign_test.go" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports decoy/sign_test.go "$AKID"

# a call left open to the end of the file: read nothing, stays linear
LIMIT=600
MAXRATIO=9
for m in 1 4; do
	mkdir -p "$T/lin$m"
	python3 - "$m" "$T/lin$m/a.cs" <<'PY'
import random, string, sys
m, out = int(sys.argv[1]), sys.argv[2]
r = random.Random(24)
with open(out, "w") as f:
    for _ in range(4000 * m):
        f.write("var c = new NetworkCredential(\n    \"svc\",\n    \"%s\",\n" %
                "".join(r.choice(string.ascii_letters) for _ in range(16)))
PY
done
cpu 2 "$T/lin1/a.cs"
c1=$(cat "$T/cpu")
cpu 2 "$T/lin4/a.cs"
c4=$(cat "$T/cpu")
if awk -v a="$c1" -v b="$c4" -v r="$MAXRATIO" 'BEGIN { exit !((b + 0.05) / (a + 0.05) < r) }'; then
	ok
	echo "  calls left open: 1x ${c1}s, 4x ${c4}s"
else
	bad "calls left open: not linear" "1x ${c1}s, 4x ${c4}s"
fi
check "calls left open: no finding" jq -e 'length == 0' "$T/out"

finish multiline24
