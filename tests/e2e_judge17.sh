#!/usr/bin/env bash
# End-to-end tests of the password judge's widening after holdout18 was
# scored (wave 17): what password managers and policies also make, under a
# password's name in a literal — four words joined by '-' without a number
# (outside code, where such words name things), three words led by one
# Capitalized word with a number joined last, a SHOUTED word beside a
# number and a strong mark, one word written with substitutions and a
# number — and their decoys; SCRAM verifiers are hashes, not secrets.
. "$(dirname "$0")/lib.sh"
batch_scans

mk dash/app.yml "smtp:
  password: kestrel-pebble-lagoon-thimble
"
found dash/app.yml 2 generic-secret "kestrel-pebble-lagoon-thimble"
mk dash/code.c "MODULE_PASS(\"loop-vector-slice-fusion\", LoopVectorSliceFusion())
"
silent dash/code.c
# Wave 26 flipped this judgement with evidence: in 5 GB of real trees
# (kernel, /usr, node_modules, /etc) no value of three spoken words
# stands under a password's name outside a program's source (the 28
# inside one are code's references and identifiers), and Bitwarden's
# generator makes passphrases from three words up (e2e_judge26.sh,
# doc/detection.md).
mk dash/three.yml "smtp:
  password: kestrel-pebble-lagoon
"
found dash/three.yml 2 generic-secret "kestrel-pebble-lagoon"

mk dot/.env "ADMIN_PASSWORD=Cedar.mist.pollen.7
"
found dot/.env 1 generic-secret "Cedar.mist.pollen.7"
mk dot/ref.yml "db:
  password: Config.section.name2
"
silent dot/ref.yml

mk shout/app.properties "mail.password=BRAMBLE_264fjord!
"
found shout/app.properties 1 generic-secret "BRAMBLE_264fjord!"
mk shout/var.properties "mail.password=ENV_VAR_NAME!
"
silent shout/var.properties
mk shout/unattend.xml "<AutoLogon>
  <Password>
    <Value>*SENSITIVE*DATA*DELETED*</Value>
    <PlainText>true</PlainText>
  </Password>
</AutoLogon>
"
silent shout/unattend.xml

mk leet/getmailrc "[retriever]
type = SimpleIMAPSSLRetriever
password = f3nn3l2017
"
found leet/getmailrc 3 generic-password "f3nn3l2017"
mk leet/sample.yml "db:
  password: s3cr3t2024
"
silent leet/sample.yml

mk scram/roles.sql "ALTER ROLE app WITH LOGIN PASSWORD 'SCRAM-SHA-256\$4096:c2FsdHNhbHQ=\$Zm9vYmFyYmF6cXV4cXV1eA==:YmF6cXV4Zm9vYmFyMTIzNA==';
"
silent scram/roles.sql

finish e2e_judge17
