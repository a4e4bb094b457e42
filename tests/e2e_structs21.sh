#!/usr/bin/env bash
# End-to-end tests of wave 21's structures: a provider's key in a tuple
# whose value a wrapper holds (Some("…"), Just "…", Ada's +"…"), in lists
# and Lisp forms whose items blanks part, under Lisp keyword arguments
# (:service "x" :key "…", #:token) and keyword parents ({:x {:key …}});
# a client's secret by its place among a call's string arguments, over
# lines and in a Lisp form; a record's provider named by name, type or
# driver fields (bare in YAML) with its credentials one block deeper.
# Ids alone, environment reads, short ids, placeholders, commits and
# checksums in the same places stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

H32=7c1e5a9b3d2f4086e1a7c9b5d3f20468
H40=4be8d2a61f09c7e35b8d1a4f6c2e90b7d3a5f18e
SID=AC0b9e3d7a5c1f2468ace0b9d7c5a3e1f2
RE=re_Vq7Kp2Xz_Lm4Nw8Rt6Yb3Hc9Jd5Fg1Sa7

# a tuple's value in a wrapper, a list its items blanks part
mk wrap/src/creds.rs "let creds = vec![(\"gitea\", Some(\"$H40\"))];
"
found wrap/src/creds.rs 1 gitea-access-token "$H40"
mk wrap/src/Creds.hs "creds = [(\"elevenlabs\", Just \"$H32\")]
"
found wrap/src/Creds.hs 1 elevenlabs-api-key-legacy "$H32"
mk wrap/keys.ads "   Keys : constant Key_Array := (1 => (+\"gitea\", +\"$H40\"));
"
found wrap/keys.ads 1 gitea-access-token "$H40"
mk wrap/pairs.clj "(def pairs '((\"twilio\" \"$H32\")))
"
found wrap/pairs.clj 1 twilio-auth-token "$H32"
mk wrap/creds.scm "(define c (cons \"gitea\" \"$H40\"))
"
found wrap/creds.scm 1 gitea-access-token "$H40"
mk wrap/decoy/creds.rs "let creds = vec![(\"gitea\", Some(\"changeme\"))];
let versions = [(\"gitea\", Just \"4be8d2a6\")]
(define c (list \"gitea\" \"4be8d2a6\"))
"
silent wrap/decoy/creds.rs

# Lisp keyword arguments and keyword parents
mk lisp/client.rkt "(define c (make-client #:service \"twilio\" #:token \"$H32\"))
"
found lisp/client.rkt 1 twilio-auth-token "$H32"
mk lisp/config.clj "(def config {:elevenlabs {:voice \"rachel\" :key \"$H32\"}})
"
found lisp/config.clj 1 elevenlabs-api-key-legacy "$H32"
mk lisp/decoy/client.rkt "(define c (make-client #:service \"gitea\" #:commit \"$H40\"))
(def config {:gitea {:url \"https://git.example.org\" :sha \"$H40\"}})
(setq gitea-conf (list :vendor \"gitea\" :token \"\${GITEA_TOKEN}\"))
"
silent lisp/decoy/client.rkt

# a client's secret by its place: the last string argument
mk call/sms.py "client = twilio.rest.Client(
    \"$SID\",
    \"$H32\",
)
"
found call/sms.py 3 twilio-auth-token "$H32"
mk call/sms.js "const twilio = require('twilio')(
  '$SID',
  '$H32'
);
"
found call/sms.js 3 twilio-auth-token "$H32"
mk call/sms.clj "(def client (twilio/init \"$SID\" \"$H32\"))
"
found call/sms.clj 1 twilio-auth-token "$H32"
mk call/decoy/sms.py "client = twilio.rest.Client(
    \"$SID\",
    os.environ[\"TWILIO_AUTH_TOKEN\"],
)
other = twilio.rest.Client(\"$SID\", \"4be8d2a6\")
(def client (twilio/init \"$SID\"))
"
silent call/decoy/sms.py
# a key the provider publishes, named in the call (Pusher's key; its
# secret signs)
mk call/decoy/Push.kt "val pusher = Pusher(appId = \"1234567\", key = \"PWegKgpGULoDGtN6xQ1s\", secret = System.getenv(\"PUSHER_SECRET\"))
"
silent call/decoy/Push.kt

# a record's provider by a field, its credentials a block deeper
mk record/notify.yml "notifiers:
  - type: twilio
    keys:
      - $H32
"
found record/notify.yml 4 twilio-auth-token "$H32"
mk record/integrations.yml "integrations:
  - provider: resend
    credentials:
      -
        $RE
"
found record/integrations.yml 5 resend-api-key "$RE"
mk record/creds.nix "{ name = \"elevenlabs\"; key = \"$H32\"; }
"
found record/creds.nix 1 elevenlabs-api-key-legacy "$H32"
mk record/decoy/notify.yml "notifiers:
  - provider: twilio
    build:
      commit: \"$H32\"
senders:
  - type: gitea
    checksums:
      - $H40
"
silent record/decoy/notify.yml
mk record/decoy/services.toml "[[backend]]
driver = \"gitea\"
commit = \"$H40\"
"
silent record/decoy/services.toml

finish e2e_structs21
