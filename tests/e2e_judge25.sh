#!/usr/bin/env bash
# End-to-end tests of what the lead judged in wave 25. Passphrases a
# password manager makes of four or more spoken words under a password's
# own name are one whatever joins them: dotted ones were read as an
# attribute's path. msmtp's password is the rest of its line (msmtp's own
# parser trims the line after the command), spaces included. Decoys:
# attribute paths of code's words, two words, a sample phrase (three
# words, names of things as waves 17, 19 and 22 judged, are a
# passphrase since wave 26).
. "$(dirname "$0")/lib.sh"
batch_scans

mk conf/ups.ini '[monitor]
password = quarry.lindens.trowel.marble
[relay]
password = lupine.saddle.thimble.copper.fennel
[panel]
password = "nectar.fjord.osprey.lantern"
'
generic conf/ups.ini 2 quarry.lindens.trowel.marble
generic conf/ups.ini 4 lupine.saddle.thimble.copper.fennel
generic conf/ups.ini 6 nectar.fjord.osprey.lantern

mk home/.msmtprc 'account relay
host mail.fenwick-audio.co.uk
user alerts@fenwick-audio.co.uk
password   tundra sparrow lattice 4417
'
found home/.msmtprc 4 msmtp-password "tundra sparrow lattice 4417"

mk neg/app.ini '[db]
password = settings.db.password
password = config.value.key
password = cedar-fox-ash
password = maple-otter
password = request.form.password
password = your-password-here
'
silent neg/app.ini
# Wave 26 flipped this judgement with evidence: in 5 GB of real trees
# (kernel, /usr, node_modules, /etc) no value of three spoken words
# stands under a password's name outside a program's source (the 28
# inside one are code's references and identifiers), and Bitwarden's
# generator makes passphrases from three words up (e2e_judge26.sh,
# doc/detection.md).
mk three/app.ini '[db]
password = lupine-saddle-thimble
[cache]
password = kestrel.gallery.falcon
'
generic three/app.ini 2 lupine-saddle-thimble
generic three/app.ini 4 kestrel.gallery.falcon

finish e2e_judge25
