#!/usr/bin/env bash
# End-to-end tests of wave 23's prose: a verb that sets a password and
# "to" ("set the Jenkins password to X", "Reset Jira password for ines to
# X", "Password reset to X" at a line's start), a welcome pack's dot
# leaders, a wireless network's key in notes ("SSID: X  key: Y", "WPA2 key
# is Y", "network `X`, pass Y"), an administrator's login woken by
# `admin / ` and `root / ` ("Switch (HPE 1920): admin / X", "qa box root /
# X"), and a note's "pw X" and "pw: X". Advice, vaults, masks,
# placeholders, variables, requirements, a command's option, menus, lists
# and documented defaults in the same places stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

PW='Rq7vKm2Lx9Tz'
SYM='Granite$owl2026'
DIG='482913Marta'

# a verb that sets a password, then "to"
mk irc/ops.log "[09:17] <kai> i set the jenkins password to $PW
"
found irc/ops.log 1 generic-password "$PW"
mk export/tickets.csv "key,owner,comment
IT-903,kofi,\"Reset Jira password for ines to $DIG (temp)\"
"
found export/tickets.csv 2 generic-password "$DIG"
mk servicenow/incidents.xml "<unload><incident><comments>Password reset to $SYM, user must change it</comments></incident></unload>
"
found servicenow/incidents.xml 1 generic-password "$SYM"
# dot leaders
mk onboarding/pack.txt "WELCOME PACK
  Email initial password ....... $PW
"
found onboarding/pack.txt 2 generic-password "$PW"
# a wireless network's key
mk office/network.txt "Staff SSID: Ridge-Staff   key: $DIG
"
found office/network.txt 1 generic-password "$DIG"
mk vault/daily.md "- [ ] wifi at the co-working: network \`Loft-Guest\`, pass $PW
"
found vault/daily.md 1 generic-password "$PW"
mk mail/welcome.eml "Subject: office

SSID Office-North, WPA2 key is $SYM
"
found mail/welcome.eml 3 generic-password "$SYM"
# an administrator's login woken by its user
mk notes/switches.txt "Switch admin (HPE 1920): admin / $PW
"
found notes/switches.txt 1 generic-password "$PW"
mk teams/chat.html "<div><p>qa box root / $SYM</p></div>
"
found teams/chat.html 1 generic-password "$SYM"
# a note's pw
mk chat/whatsapp.txt "3/10/26, 14:08 - Ana: ok my icloud pw: $PW don't share
"
found chat/whatsapp.txt 1 generic-password "$PW"
mk chat/tickets.xml "<comments>Local admin on PRN-04 is admin with pw $SYM</comments>
"
found chat/tickets.xml 1 generic-password "$SYM"

# what the same sentences say without a password
mk decoys/advice.md "Set the password to something memorable.
Reset your password to a new one via the portal.
Change the admin password to the value in 1Password.
password changed to ******** by the helpdesk
Password reset to <temporary password>, see the ticket.
Set the Jenkins password to \${JENKINS_PASS} in CI.
Update the password to match the one in Vault.
  Password ........ ask IT
"
silent decoys/advice.md
mk decoys/wifi.txt "SSID and key are printed on the router's label.
The wifi key is stored in Bitwarden.
WPA2 key length must be 8 to 63 characters.
netsh wlan show profile name=Home key=clear
wifi pass: <ask reception>
WPA key: see the label
wifi key = ********
"
silent decoys/wifi.txt
mk decoys/logins.md "Go to admin / Users to add people.
admin / root / guest are reserved names
The default login is admin / admin.
log in as root / <password>
x = admin / 2;
the pw field is optional
pw: see vault
"
silent decoys/logins.md

finish e2e_prose23
