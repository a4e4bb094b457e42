#!/usr/bin/env bash
# End-to-end tests of the password judge's widening after holdout19 was
# scored (wave 18): under a password's own name in a config file or a
# note, a literal of Capitalized words with a number is a password, not a
# name of code (MarshBeacon4817), and so is one whose two digits stand
# between words (fennel5lantern4X); words that programs name things with
# (session, token, client, staging) keep such a value a name of code
# wherever it is, and bare or camelCase case-words stay names of code in
# a program's source. And an s3fs-fuse password file's secret, by the file's name.
. "$(dirname "$0")/lib.sh"
batch_scans

mk pascal/app.ini "[db]
user = app
password = MarshBeacon4817
"
found pascal/app.ini 3 generic-password "MarshBeacon4817"
mk pascal/mail.yml "smtp:
  host: mx.test
  password: \"TundraKettleSpruce9\"
"
found pascal/mail.yml 3 generic-secret "TundraKettleSpruce9"
mk pascal/svc.toml "password = \"MarshBeacon4817\"
"
found pascal/svc.toml 1 generic-password "MarshBeacon4817"
mk digits/app.ini "[mail]
password = fennel5lantern4X
"
found digits/app.ini 2 generic-secret "fennel5lantern4X"

mk vocab/code.ini "[smtp]
password = sessionTokenStore7
"
silent vocab/code.ini
mk vocab/app.properties "mail.password=StagingClient2291
"
silent vocab/app.properties
# wave 19: a quoted literal of Capitalized words assigned to a password's
# own name is a password in a program's source too (a hard-coded one); a
# camelCase one is still a name of code
mk vocab/Settings.java "class Settings { static final String password = \"MarshBeacon4817\"; }
"
found vocab/Settings.java 1 generic-password "MarshBeacon4817"
mk vocab/Camel.java "class Settings { static final String password = \"marshBeacon4817\"; }
"
silent vocab/Camel.java
mk vocab/leet.ini "[db]
password = rapunz3l
"
silent vocab/leet.ini

mk s3/etc/passwd-s3fs "backups:DO00QK7ZP3MWN4RT2XLV:hT9wq2LmZr8Vb3Nc/Yk5Jp0Xs7Df1Gh4Ku6Ea9Rw
"
found s3/etc/passwd-s3fs 1 s3fs-passwd-secret "hT9wq2LmZr8Vb3Nc/Yk5Jp0Xs7Df1Gh4Ku6Ea9Rw"
mk s3/notes.txt "backups:DO00QK7ZP3MWN4RT2XLV:hT9wq2LmZr8Vb3Nc/Yk5Jp0Xs7Df1Gh4Ku6Ea9Rw
"
silent s3/notes.txt
mk s3/home/.passwd-s3fs "ACCESS_KEY_ID:SECRET_ACCESS_KEY
"
silent s3/home/.passwd-s3fs

finish e2e_judge18
