#!/usr/bin/env bash
# End-to-end tests of wave 15's headers and call arguments (shapes15).
# A provider's client call or tuple with a UUID token (SplunkClient("…")),
# for that provider's own rules; bare hex there stays unread.
# Headers: a token an Authorization scheme sends as it is (ApiKey,
# Bearer) though it is base64 of text (an id:key pair) is reported whole,
# not its decoded content; a header written whole in a string ("X-Api-Key:
# …", "Authorization: ApiKey …"); Swift's value before forHTTPHeaderField:.
# The map's other headers, variables and templates are no finding.
# Call arguments: a call whose
# signature names one positional argument a secret (an HMAC key, a JWT
# signing secret, a login's password after who logs in) hands over the
# literal there, whatever the call's other arguments are; the same call
# in a notebook's cell. A variable, the environment or a sample there
# is no finding.
. "$(dirname "$0")/lib.sh"
batch_scans

# headers: a scheme's token that is base64 of id:key, whole
mk hdr/search.ps1 '$headers = @{ Authorization = "ApiKey Vmc3cVQyd0s5bVI0cFo4TDpYbjVrUTJ3VDhwTTNyWjdjVjR5TDk=" }
'
found hdr/search.ps1 1 generic-secret Vmc3cVQyd0s5bVI0cFo4TDpYbjVrUTJ3VDhwTTNyWjdjVjR5TDk=
mk hdr/search.py 'headers = {"Authorization": "Bearer Vmc3cVQyd0s5bVI0cFo4TDpYbjVrUTJ3VDhwTTNyWjdjVjR5TDk="}
'
found hdr/search.py 1 generic-secret Vmc3cVQyd0s5bVI0cFo4TDpYbjVrUTJ3VDhwTTNyWjdjVjR5TDk=
# a header written whole in a string
mk hdr/client.php "<?php
curl_setopt(\$ch, CURLOPT_HTTPHEADER, ['Accept: application/json', 'X-Api-Key: Kd8mT3pW6vQz9LxR2nYh5Js7']);
"
found hdr/client.php 2 generic-secret Kd8mT3pW6vQz9LxR2nYh5Js7
mk hdr/fetch.c 'hdrs = curl_slist_append(hdrs, "Authorization: ApiKey Tm4kW8pR2vQz6LxN9yHc3Js5");
'
found hdr/fetch.c 1 generic-secret Tm4kW8pR2vQz6LxN9yHc3Js5
mk hdr/Api.swift 'request.setValue("Pw7kT3mR9vQz2LxN5yHc8Js4", forHTTPHeaderField: "X-Api-Key")
'
found hdr/Api.swift 1 generic-secret Pw7kT3mR9vQz2LxN5yHc8Js4
# Authorization named by a constant
mk hdr/client.rs 'let r = http.get(url).header(AUTHORIZATION, "Token Hv5kT9pW3mQz7LxR2nYc8Js4").send()?;
'
found hdr/client.rs 1 generic-secret Hv5kT9pW3mQz7LxR2nYc8Js4
# the other headers, variables, templates
mk hdr-neg/client.php "<?php
curl_setopt(\$ch, CURLOPT_HTTPHEADER, ['Content-Type: application/json', 'X-Request-Id: 7f3c2a1e-9b8d-4c6a-a5e4-d3c2b1a09f8e']);
\$h = ['X-Api-Key: ' . \$apiKey];
"
silent hdr-neg/client.php
mk hdr-neg/Api.swift 'request.setValue("application/json", forHTTPHeaderField: "Content-Type")
request.setValue(apiKey, forHTTPHeaderField: "X-Api-Key")
request.setValue("7f3c2a1e-9b8d-4c6a-a5e4-d3c2b1a09f8e", forHTTPHeaderField: "X-Request-Id")
'
silent hdr-neg/Api.swift
mk hdr-neg/sync.py 'subprocess.run(["curl", "-H", f"X-Api-Key: {api_key}", url])
'
silent hdr-neg/sync.py
mk hdr-neg/Client.java 'headers.set(HttpHeaders.AUTHORIZATION, "Token " + token);
'
silent hdr-neg/Client.java
# Basic's base64 is still read as its user and password
mk hdr/basic.ps1 '$h = @{}
$h.Add("Authorization", "Basic c3ZjOkZBYzlRZVdKS1k0MHV2U3c=")
'
"$KEYHOUND" scan "$T/hdr/basic.ps1" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "hdr/basic.ps1: the password" jq -e 'length == 1 and .[0].secret == "FAc9QeWJKY40uvSw"' "$T/out"

# a UUID token in a call its provider's name opens, in a notebook too
mk spot/hec.py 'client = SplunkClient("f7a1d2b5-1c3b-4e36-9a2b-6136ee7cbeb5")
'
found spot/hec.py 1 splunk-hec-token f7a1d2b5-1c3b-4e36-9a2b-6136ee7cbeb5
mk spot/hec.ipynb '{
 "cells": [
  {
   "cell_type": "code",
   "metadata": {},
   "source": [
    "client = SplunkClient(\"f7a1d2b5-1c3b-4e36-9a2b-6136ee7cbeb5\")\n"
   ]
  }
 ]
}
'
"$KEYHOUND" scan "$T/spot/hec.ipynb" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "spot/hec.ipynb: the cell's token" jq -e 'length == 1 and .[0].line == 7 and .[0].rule_id == "splunk-hec-token"' "$T/out"
# bare hex there (a browser token), a UUID of another format, a host
mk spot-neg/init.py 'Rollbar.init({ accessToken: "b1fcc18127d2b64e28995f3e0d7c4a2b" })
c = StripeClient("3e50e86c-2c5f-42ca-b963-5310f88053fc")
client = SplunkClient(host="7f1c2b3a-1c3b-4e36-9a2b-6136ee7cbeb5")
'
silent spot-neg/init.py

# the secret argument, in each language's call
mk pos/sign.py 'sig = hmac.new(b"Q7vL2mXk9RtW4pZs8NcY3bHj", body, hashlib.sha256).hexdigest()
'
found pos/sign.py 1 generic-secret Q7vL2mXk9RtW4pZs8NcY3bHj
mk pos/verify.js 'const sig = crypto.createHmac("sha256", "u5TgR8wKp2LqZ7nVx4sJd9Hb").update(raw).digest("hex");
'
found pos/verify.js 1 generic-secret u5TgR8wKp2LqZ7nVx4sJd9Hb
mk pos/hook.php "<?php
\$sig = hash_hmac('sha256', \$payload, 'Wm3pK8vQz6TnR2yLx9cHb5Gd');
"
found pos/hook.php 2 generic-secret Wm3pK8vQz6TnR2yLx9cHb5Gd
mk pos/hook.rb 'sig = OpenSSL::HMAC.hexdigest("SHA256", "Jk4nT7wQ2pXz9LmR5vYc8Hs3", request.body)
'
found pos/hook.rb 1 generic-secret Jk4nT7wQ2pXz9LmR5vYc8Hs3
mk pos/sign.go 'mac := hmac.New(sha256.New, []byte("Ny6tR3kW9pQz2LxV7mHc4Js8"))
'
found pos/sign.go 1 generic-secret Ny6tR3kW9pQz2LxV7mHc4Js8
mk pos/auth.py 'token = jwt.encode({"sub": uid}, "Hx8mQ3vT6pWz9LkR2nYc5Js7", algorithm="HS256")
'
found pos/auth.py 1 generic-secret Hx8mQ3vT6pWz9LkR2nYc5Js7
mk pos/auth.js "const token = jwt.sign({ sub: user.id }, 'Rz5kW8pT3mQx7LvN2yHc9Js4', { expiresIn: '1h' });
"
found pos/auth.js 1 generic-secret Rz5kW8pT3mQx7LvN2yHc9Js4
mk pos/Tokens.java 'Algorithm algorithm = Algorithm.HMAC256("Tp2vK9wR6mQz3LxN8yHc5Js7");
'
found pos/Tokens.java 1 generic-secret Tp2vK9wR6mQz3LxN8yHc5Js7
mk pos/token.go 'signed, err := tok.SignedString([]byte("Vk7pR2wT9mQz4LxN6yHc3Js8"))
'
found pos/token.go 1 generic-secret Vk7pR2wT9mQz4LxN6yHc3Js8
mk pos/mail.py 'server.login(sender, "Gm4kT8pW2vQz7Lx")
'
found pos/mail.py 1 generic-password Gm4kT8pW2vQz7Lx
mk pos/mail.go 'auth := smtp.PlainAuth("", from, "Lp9wK3mT6vQz2Rx", host)
'
found pos/mail.go 1 generic-password Lp9wK3mT6vQz2Rx
# a notebook's cell: the same call, escaped in JSON
mk pos/sign.ipynb '{
 "cells": [
  {
   "cell_type": "code",
   "metadata": {},
   "source": [
    "sig = hmac.new(b\"Cz8mT4pW7vQk2LxR5nYh9Js3\", msg, hashlib.sha256).hexdigest()\n",
    "print(sig)"
   ]
  }
 ],
 "nbformat": 4,
 "nbformat_minor": 5
}
'
"$KEYHOUND" scan "$T/pos/sign.ipynb" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "pos/sign.ipynb: the cell's key" jq -e '[.[] | select(.secret == "Cz8mT4pW7vQk2LxR5nYh9Js3")]
	| length == 1 and .[0].line == 7 and .[0].rule_id == "generic-secret"' "$T/out"

# a variable, a setting, the environment, a sample, the message: nothing
mk neg/var.py 'sig = hmac.new(key, body, hashlib.sha256).hexdigest()
token = jwt.encode(payload, settings.SECRET_KEY, algorithm="HS256")
server.login(user, password)
server.login(user, os.environ["SMTP_PASSWORD"])
sig = hmac.new(key, b"Pq7wK2mT9vRz4LxN", hashlib.sha256)
'
silent neg/var.py
mk neg/test_auth.py 'token = jwt.encode(payload, "secret", algorithm="HS256")
sig = hmac.new(b"", body, hashlib.sha256)
'
silent neg/test_auth.py
mk neg/verify.js "const sig = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(raw);
const t = jwt.sign({ sub: 1 }, 'your-256-bit-secret');
"
silent neg/verify.js
mk neg/myhmac.py 'x = myhmac.new(b"Zt5kW9pR2mQx7LvN3yHc8Js4")
'
silent neg/myhmac.py

finish e2e_shapes15
