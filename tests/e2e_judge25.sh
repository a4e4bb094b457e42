#!/usr/bin/env bash
# End-to-end tests of what the lead judged in wave 25. Passphrases a
# password manager or a person makes of spoken words under a password's
# own name: four or more words joined by '-', '_' or '.' (dotted ones
# were read as an attribute's path), and three words of five letters or
# more. msmtp's password is the rest of its line (msmtp's own parser
# trims the line after the command), spaces included. Decoys: attribute
# paths of code's words, short words, two words, a sample phrase.
. "$(dirname "$0")/lib.sh"

mk conf/ups.ini '[monitor]
password = quarry.lindens.trowel.marble
[relay]
password = lupine-saddle-thimble
[panel]
password = "nectar_fjord_osprey"
'
generic conf/ups.ini 2 quarry.lindens.trowel.marble
generic conf/ups.ini 4 lupine-saddle-thimble
generic conf/ups.ini 6 nectar_fjord_osprey

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

finish e2e_judge25
