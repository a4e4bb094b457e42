#!/usr/bin/env bash
# End-to-end tests of wave 29's credentials in sentences, notes' tables
# and ticket exports: a ticket system's XML, CSV and JSON export read as
# notes (a login listed "user x, pass v", an account issued "with" a
# password, "password issued: v", "pw -> v", a listed ", password v"
# passphrase); tables whose header or label names the password in words
# (Markdown and Org label rows with an aside or a bare "pass", a Secret
# column beside a Login's, HTML's <th>/<td>, Confluence's || and storage
# format, MediaWiki's {|, reStructuredText's grid and simple tables,
# AsciiDoc's |=== blocks); label lines and their values apart ("Admin
# password:" then the value alone, a definition list, "login for the
# crews:" then the user and the password, an aside wrapped onto the next
# line), a login alone in two columns, "as user / v". Placeholders,
# masks, notes that say where the password is, policies, dates, ids,
# hostnames, versions, headers and code stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

PW1='Kv7rTq2mXw9L'          # a generator's
PW2='Saffron-Lantern42!'    # a person's words, number and mark
PW3='bQ4zN8wYc2Rf'
PW4='Pelican7731&Moss'
PW5='tangerine.quarry.velvet'
PW6='Harrow2027#dune'
PW7='Xm3pLk8QzW4t'
PW8='Juniper5518!Glade'

# scan FILE: the JSON report of $T/FILE in $T/out
scan() { "$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"; }

# ---- ticket exports: sentences in cells ---------------------------------
mk tickets/helpdesk.xml "<?xml version=\"1.0\"?>
<issues>
  <issue key=\"HD-4411\">
    <description>Vendor called back. Login details sent by SMS: user acme_sync, pass $PW1</description>
  </issue>
</issues>
"
generic tickets/helpdesk.xml 4 "$PW1"
mk servicedesk/export.xml "<tickets><ticket id=\"SD-0192\">
<comment>Provisioned account svc.reports with $PW8, expires in 30 days.</comment>
</ticket></tickets>
"
generic servicedesk/export.xml 2 "$PW8"
mk zendesk/tickets.json "{\"tickets\": [
 {\"id\": 77120, \"description\": \"Temporary password generated: $PW3 (change it on first login)\"}
]}
"
generic zendesk/tickets.json 2 "$PW3"
mk exports/jira-export.csv "Issue key,Summary,Description
OPS-118,\"Locked out\",\"User called the desk.
Reset mbrandt's pw -> $PW2
Closed after the call.\"
"
generic exports/jira-export.csv 3 "$PW2"
mk servicenow/incidents.csv "number,short_description,comments
INC0031977,\"SFTP for the lab\",\"Set up today: username ops-lab, password $PW5\"
"
generic servicenow/incidents.csv 2 "$PW5"
mk tickets/escaped.xml "<rss><channel><item>
<description>&lt;p&gt;Temporary password set to $PW7, please change&lt;/p&gt;</description>
</item></channel></rss>
"
generic tickets/escaped.xml 2 "$PW7"
mk tickets/cells.csv "Key,Description
OT-12,\"Router handed over. credentials: netops / $PW4\"
"
generic tickets/cells.csv 2 "$PW4"
mk tickets/assigned.json "[{\"key\": \"IT-9\", \"body\": \"Password assigned: $PW6 - user must change it\"}]
"
generic tickets/assigned.json 1 "$PW6"
mk helpdesk/tickets.xml "<ticket><body>Created user qa.bot with password $PW1 for the load test.</body></ticket>
"
generic helpdesk/tickets.xml 1 "$PW1"
mk notes/arrow.txt "kiosk-07: local admin pw → $PW3 (rotated after the audit)
"
generic notes/arrow.txt 1 "$PW3"
mk notes/arrow.md "The reporting portal password => $PW7
"
generic notes/arrow.md 1 "$PW7"
mk notes/handover.txt "Remote support: the TeamViewer on the gatehouse PC is id 411 220 981, password copper-meadow-lantern-fox
"
generic notes/handover.txt 1 "copper-meadow-lantern-fox"
mk notes/question.txt "Temporary password issued: Aster2029? (must change at next login)
"
generic notes/question.txt 1 "Aster2029?"
mk mail/reply.eml "From: ana@corp.example
Subject: Re: SFTP

New credentials sent by phone: user lab_sftp, pass $PW8

> when can we expect access?
"
generic mail/reply.eml 4 "$PW8"
# ticket exports: what no password is
mk tickets/quiet.xml "<tickets>
<ticket><body>Password reset sent to the user, closing.</body></ticket>
<ticket><body>Ask Anna for the password, she has the envelope.</body></ticket>
<ticket><body>user jdoe, pass the ticket to L2 please</body></ticket>
<ticket><body>Issued account temp_eng01 with MFA, expires Friday.</body></ticket>
<ticket><body>Issued account temp_eng02 with read-only access.</body></ticket>
<ticket><body>user admin, password: see vault</body></ticket>
<ticket><body>Use your AD password to log in.</body></ticket>
<ticket><body>Temporary password issued: ******** (masked in the tool)</body></ticket>
<ticket><body>reset jdoe's pw -> &lt;redacted&gt;</body></ticket>
<ticket><body>user kvw_lab, pass N/A</body></ticket>
<ticket><body>md5 of installer: 11b44781ea85c88fc02ea882b1c71842</body></ticket>
<ticket><body>Duplicate of INC0074959, corr id 7a84de5c-d623-4c54-9adc-b2bee18c96bf</body></ticket>
</tickets>
"
silent tickets/quiet.xml
mk tickets/quiet.csv "Key,Description
OT-1,\"user ops, pass \${SFTP_PASS} from the environment\"
OT-2,\"Password changed: 2026-01-05\"
OT-3,\"Password expired: yes\"
OT-4,\"The password was changed, the old one is dead\"
OT-5,\"account backup with ReadOnly2 permissions\"
OT-6,\"user ops, pw changeme\"
"
silent tickets/quiet.csv
mk tickets/quiet.json "[{\"body\": \"created user qa.bot with password <password>\"},
{\"body\": \"user ops, password TBD\"}, {\"body\": \"password generated: xxxxxxxxxx\"},
{\"body\": \"account svc_x with Role2024Admin permissions\"}]
"
silent tickets/quiet.json
# the same kinds elsewhere than a ticket system's: a CSV of code is not notes
mk data/metrics.csv "name,note
build,\"Issued account temp_eng05 with $PW8, expires Friday.\"
"
silent data/metrics.csv

# ---- tables whose header or label names the password -----------------
mk notes/veeam.md "# Backup
| item | value |
|---|---|
| repo NAS user | veeam_repo |
| repo NAS pass | \`$PW1\` |
| vault password (hint: the usual) | \`$PW2\` |
| license id | 478fa447-205d-4072-ab69-7e85f01b24e5 |
"
scan notes/veeam.md
reports "notes/veeam.md" "$PW1" "$PW2"
generic notes/veeam.md 5 "$PW1"
generic notes/veeam.md 6 "$PW2"
mk notes/systems.md "| System | Login | Secret |
|--------|-------|--------|
| vpn gateway | ops | $PW3 |
| label printer | lbl | $PW4 |
"
generic notes/systems.md 3 "$PW3"
generic notes/systems.md 4 "$PW4"
mk notes/lab.org "* Lab
| what      | value  |
|-----------+--------|
| backup pw | $PW7 |
| Kennwort  | $PW6 |
"
generic notes/lab.org 4 "$PW7"
generic notes/lab.org 5 "$PW6"
mk notes/org-head.org "| Host  | User | Passwd |
|-------+------+--------|
| nas01 | adm  | $PW8 |
"
generic notes/org-head.org 3 "$PW8"
mk wiki/hosts.html "<html><body><table>
<tr><th>Host</th><th>User</th><th>Password</th></tr>
<tr><td>nas02</td><td>admin</td><td><code>$PW5</code></td></tr>
<tr><td>sw-core</td><td>netops</td><td>$PW1</td></tr>
</table></body></html>
"
generic wiki/hosts.html 3 "$PW5"
generic wiki/hosts.html 4 "$PW1"
mk wiki/oneline.html "<table><tr><th>Device</th><th>Passphrase</th></tr><tr><td>ups-2</td><td>$PW2</td></tr></table>
"
generic wiki/oneline.html 1 "$PW2"
mk wiki/label.htm "<table>
<tr><th>Admin password</th><td>$PW3</td></tr>
<tr><td>Firmware</td><td>4.2.1</td></tr>
</table>
"
generic wiki/label.htm 2 "$PW3"
mk confluence/space-export.xml "<ac:structured-macro/><table><tbody>
<tr><th><p>Host</p></th><th><p>Password</p></th></tr>
<tr><td><p>hist01</p></td><td><p>$PW4</p></td></tr>
</tbody></table>
"
generic confluence/space-export.xml 3 "$PW4"
mk wiki/Runbook.wiki "h2. Switches
|| Switch || User || Password ||
| sw-a1 | admin | $PW6 |
| sw-a2 | admin | $PW7 |
"
generic wiki/Runbook.wiki 3 "$PW6"
generic wiki/Runbook.wiki 4 "$PW7"
mk wiki/Plant.mediawiki "== Panels ==
{| class=\"wikitable\"
! Panel !! Password
|-
| HMI-3 || $PW8
|-
| HMI-4
| $PW1
|}
"
generic wiki/Plant.mediawiki 5 "$PW8"
generic wiki/Plant.mediawiki 8 "$PW1"
mk docs/hosts.rst "Hosts
=====

+--------+--------------+
| Host   | Password     |
+========+==============+
| hist02 | $PW3 |
+--------+--------------+
| hist03 | $PW4 |
+--------+--------------+
"
generic docs/hosts.rst 7 "$PW3"
generic docs/hosts.rst 9 "$PW4"
mk docs/simple.rst "=======  ====================  ======
Device   Password              Site
=======  ====================  ======
rtu-11   $PW7          north
rtu-12   $PW2    south
=======  ====================  ======
"
generic docs/simple.rst 4 "$PW7"
generic docs/simple.rst 5 "$PW2"
mk docs/panel.adoc "= Panels

|===
|Panel |Password

|door-east |$PW5
|door-west |$PW6
|===
"
generic docs/panel.adoc 6 "$PW5"
generic docs/panel.adoc 7 "$PW6"
# tables: what no password is
mk notes/policy.md "| Setting | Value |
|---|---|
| min length | 12 |
| Password min length | 14 |
| Password expiry | 90 |
| Password history | 24 |
"
silent notes/policy.md
for v in 'see vault' 'TBD' 'N/A' '`<redacted>`' '********' '•••••••' 'changeme' '${DB_PASSWORD}' \
	'<password>' 'xxxxxxxxxxxx' '2026-03-01' 'INC0012345' 'nas01.corp.example' 'jo@corp.example' \
	'v1.2.3' 'expired' 'changed'; do
	n=$((${n:-0} + 1))
	mk "notes/cell$n.md" "| Host | Password |
|---|---|
| nas0$n | $v |
"
	silent "notes/cell$n.md"
	mk "notes/label$n.md" "| Admin password | $v |
"
	silent "notes/label$n.md"
done
mk notes/header-only.md "| Host | User | Password |
|---|---|---|
"
silent notes/header-only.md
mk wiki/policy.html "<table>
<tr><th>Rule</th><th>Password</th></tr>
<tr><td>Length</td><td>12 or more</td></tr>
<tr><td>Expiry</td><td>90 days</td></tr>
<tr><td>Where</td><td>in KeePass</td></tr>
</table>
"
silent wiki/policy.html
mk wiki/policy.wiki "|| Rule || Password ||
| Length | twelve |
| Stored | vault |
"
silent wiki/policy.wiki
mk docs/opts.rst "=======  ==========
Option   Password
=======  ==========
-p       required
-P       optional
=======  ==========
"
silent docs/opts.rst
mk docs/none.adoc "|===
|Host |Owner

|nas01 |Kv7rTq2mXw9L
|===
"
silent docs/none.adoc
mk wiki/Keys.mediawiki "{|
! Key !! Meaning
|-
| F1 || Help2Screen
|}
"
silent wiki/Keys.mediawiki
# the same table in a test fixture is reported as a test's
mkdir -p "$T/fx/tests/fixtures"
printf '| Host | Password |\n|---|---|\n| nas01 | %s |\n' "$PW1" >"$T/fx/tests/fixtures/hosts.md"
expect_exit 0 "fixture table excluded as a test's" -- "$KEYHOUND" scan "$T/fx" -f json \
	--exclude-context test -o "$T/fx.json"
check "fixture table: no finding outside tests" jq -e 'length == 0' "$T/fx.json"

# ---- label lines and their values apart -------------------------------
mk notes/label-below.md "Kiosk admin password:
    $PW1
"
generic notes/label-below.md 2 "$PW1"
mk notes/deflist.md "Password
: $PW2
"
generic notes/deflist.md 2 "$PW2"
mk notes/crews.txt "Kiosk login for the night shift:
    nightops
    $PW3
"
generic notes/crews.txt 3 "$PW3"
mk notes/bold.md "**Password**
\`$PW4\`
"
generic notes/bold.md 2 "$PW4"
mk notes/separate.txt "## Portal
Username
fieldops
Password
$PW5
"
generic notes/separate.txt 5 "$PW5"
mk notes/wrapped.md "The vendor password (rotated by us after the
audit in May): **$PW6**
"
generic notes/wrapped.md 2 "$PW6"
mk notes/as.md "Connect as \`svc-backup\` / \`Winter2031!maple\` from the jump host.
"
generic notes/as.md 1 "Winter2031!maple"
mk notes/autologon.md "Runtime autologon: operator / brook-ember-sluice-otter
"
generic notes/autologon.md 1 "brook-ember-sluice-otter"
mk notes/idrac.txt "Server: hist04 (R650)
iDRAC: https://hist04-idrac.corp.example
  admin  $PW8
"
generic notes/idrac.txt 3 "$PW8"
mk chat/whatsapp.txt "[03/04/2026, 07:12:44] Mo (shift): login for the press pc?
[03/04/2026, 07:13:02] Lee: operator  $PW7
"
generic chat/whatsapp.txt 2 "$PW7"
mk mail/quoted.eml "Subject: Fwd: access

> > the new password is $PW3
"
generic mail/quoted.eml 3 "$PW3"
mk mail/quoted2.eml "Subject: Re: access

> Password: $PW4
"
generic mail/quoted2.eml 3 "$PW4"
mk notes/wifi.txt "Depot wifi: SSID Yard-5G, key $PW2
"
generic notes/wifi.txt 1 "$PW2"
mk notes/wpa.md "WPA2 passphrase: $PW6
"
generic notes/wpa.md 1 "$PW6"
# labels apart: what no password is
mk notes/q1.md "Password:
    ********
"
silent notes/q1.md
mk notes/q2.md "Password
: see the vault
"
silent notes/q2.md
mk notes/q3.txt "Login for the crews:
    see the binder
"
silent notes/q3.txt
mk notes/q4.md "Password

The password must be 12 characters or more.
"
silent notes/q4.md
mk notes/q5.md "Password:
  changeme
"
silent notes/q5.md
mk notes/q6.txt "	Bool XRenderQueryExtension (Display *dpy,
			    int     *event_basep,
			    int     *error_basep)
"
silent notes/q6.txt
mk notes/q7.txt "Protocols such as tcp / Udp6Mode are listed below.
"
silent notes/q7.txt
mk notes/q8.txt "  admin  Administrator
  size_t  len
"
silent notes/q8.txt
mk notes/q9.md "Login for the crews:
    crewops
    crewops
"
silent notes/q9.md
mk notes/q10.md "### Password
Optional
"
silent notes/q10.md
mk notes/q11.txt "Account login:
    ops
    see KeePass
"
silent notes/q11.txt
mk notes/q12.txt "The password (set by the vendor, see
the sheet in the safe): ask the shift lead
"
silent notes/q12.txt
mk chat/q13.txt "[03/04/2026, 07:13:02] Lee: thanks  Version2Point4
[03/04/2026, 07:14:02] Lee: build-42  passed
"
silent chat/q13.txt
mk notes/q14.md "Device IMEIs: 358609550494874, 356838347634971
Vendor support PIN (not a password, they read it back): 801769
Gate keypad code: 7555#
"
silent notes/q14.md

# ---- more forms of the same classes ------------------------------------
mk tickets/cdata.xml "<issue><description><![CDATA[Vendor account ready. user acme_ftp, pass $PW3]]></description></issue>
"
generic tickets/cdata.xml 1 "$PW3"
mk zendesk/export.json "{\"comments\": [{\"body\": \"Hi,\\nuser ops_ftp, pass $PW4\\nthanks\"}]}
"
generic zendesk/export.json 1 "$PW4"
mk tickets/queue.tsv "key	summary	description
IT-81	SFTP	login lab.sync, pw $PW7 (rotate in May)
"
generic tickets/queue.tsv 2 "$PW7"
mk notes/vendor.txt "For the chiller vendor: username: trane.svc, password $PW6
"
generic notes/vendor.txt 1 "$PW6"
mk notes/issued.md "Issued user contractor-07 with $PW1 until the end of the month.
"
generic notes/issued.md 1 "$PW1"
mk notes/issued.org "* Access
Created account ops.lab with $PW8, expires Friday.
"
generic notes/issued.org 2 "$PW8"
mk tickets/provided.xml "<ticket><body>Password provided: $PW2 (by phone)</body></ticket>
"
generic tickets/provided.xml 1 "$PW2"
mk notes/set.adoc "New password set: $PW3
"
generic notes/set.adoc 1 "$PW3"
mk notes/arrow.adoc "Panel pw -> $PW4
"
generic notes/arrow.adoc 1 "$PW4"
mk notes/keys.md "| what | value |
|---|---|
| API key | 6f3Kq9ZxL2mW8pR4tY7vB1nC5dH0sJ3a |
"
generic notes/keys.md 3 "6f3Kq9ZxL2mW8pR4tY7vB1nC5dH0sJ3a"
mk wiki/attrs.html "<table class=\"creds\">
<tr><th scope=\"col\">Site</th><th scope=\"col\">Password</th></tr>
<tr><td class=\"site\">north</td><td class=\"pw\">$PW5</td></tr>
</table>
"
generic wiki/attrs.html 3 "$PW5"
mk wiki/rowhead.html "<table><tr><th scope=\"row\">Router password</th><td><kbd>$PW6</kbd></td></tr></table>
"
generic wiki/rowhead.html 1 "$PW6"
mk notes/secret.org "| Service | User | Secret |
|---------+------+--------|
| sftp    | lab  | $PW7 |
"
generic notes/secret.org 3 "$PW7"
mk wiki/Styled.mediawiki "{| class=\"wikitable\"
! Host !! User !! Password
|-
| style=\"color:red\" | nas04 || admin || $PW2
|}
"
generic wiki/Styled.mediawiki 4 "$PW2"
mk docs/three.rst "+-------+------+--------------------+
| Host  | User | Password           |
+=======+======+====================+
| sw-09 | adm  | $PW8  |
+-------+------+--------------------+
"
generic docs/three.rst 4 "$PW8"
mk notes/wpa.txt "WPA2 passphrase:
  $PW1
"
generic notes/wpa.txt 2 "$PW1"
mk notes/adoc-def.adoc "Password::
  $PW3
"
generic notes/adoc-def.adoc 2 "$PW3"
# more of what no password is
mk notes/checklist.md "| Item | Password |
|---|---|
| Set | Yes |
| Rotated | Required |
| Stored | KeePass |
"
silent notes/checklist.md
mk wiki/masked.html "<table><tr><th>Host</th><th>Password</th></tr><tr><td>nas01</td><td>********</td></tr><tr><td>nas02</td><td>&lt;hidden&gt;</td></tr></table>
"
silent wiki/masked.html
mk tickets/more-quiet.xml "<tickets>
<ticket><body>user ops, pass: see ticket</body></ticket>
<ticket><body>login ops, pw reset by the desk</body></ticket>
<ticket><body>Issued account temp with Qq</body></ticket>
<ticket><body>Issued account tmp01 with Yubikey5 token</body></ticket>
<ticket><body>password: sent separately</body></ticket>
<ticket><body>reset the pw -> done</body></ticket>
</tickets>
"
silent tickets/more-quiet.xml
mk wiki/HeadOnly.mediawiki "{|
! Host !! Password
|}
"
silent wiki/HeadOnly.mediawiki
for v in '<see below>' 'N/A' '(none)' 'unchanged' 'P@ssw0rd' '{{ vault_pw }}'; do
	m=$((${m:-0} + 1))
	mk "notes/apart$m.md" "Password:
    $v
"
	silent "notes/apart$m.md"
done
mk notes/masked-cols.txt "  root  ********
  admin  <unset>
"
silent notes/masked-cols.txt
mk mail/quiet.eml "Subject: Re: access

> password reset sent, check your inbox
> ask the desk for the password
"
silent mail/quiet.eml
mk src/notes.c "/* the default user, pass the flags */
static int pw_len(const char *user, const char *pass) { return user, pass ? 1 : 0; }
"
silent src/notes.c

# a calendar's invitation, and more tables and labels that hold none
mk cal/audit.ics "BEGIN:VEVENT
SUMMARY:Audit dial-in
DESCRIPTION:Guest access for the auditors: user audit.guest, pass $PW2
END:VEVENT
"
generic cal/audit.ics 3 "$PW2"
mk notes/backup.org "| backup pw | see KeePass |
| Kennwort  | (im Tresor) |
"
silent notes/backup.org
mk wiki/Safe.wiki "|| Host || Password ||
| nas01 | (in the safe) |
| nas02 | ask the lead |
"
silent wiki/Safe.wiki
mk docs/panel-tbd.adoc "|===
|Panel |Password

|door-north |TBD
|door-south |changeme
|===
"
silent docs/panel-tbd.adoc
mk wiki/Default.mediawiki "{|
! Panel !! Password
|-
| HMI-5 || changeme
|-
| HMI-6 || 2026-01-01
|}
"
silent wiki/Default.mediawiki
mk docs/dates.rst "=======  ============
Device   Password
=======  ============
rtu-1    2026-03-01
rtu-2    v1.2.3
=======  ============
"
silent docs/dates.rst
mk notes/letters.md "Admin password:
    Administrator
"
silent notes/letters.md
mk tickets/date.csv "Key,Description
OT-9,\"user ops, pass 2026-03-01 was the last change\"
"
silent tickets/date.csv
mk wiki/policy2.html "<table><tr><td>Minimum password length</td><td>14</td></tr><tr><td>Password</td><td>required</td></tr></table>
"
silent wiki/policy2.html

# a wireless network's key named in a sentence
mk notes/guest.md "Guest SSID is Depot-Visitors; the network key is $PW7 until March.
"
generic notes/guest.md 1 "$PW7"
mk notes/wlan.txt "Scanner WLAN key: $PW6
"
generic notes/wlan.txt 1 "$PW6"
mk notes/netkey.md "The network key is printed on the router.
The wireless key is changeme
WLAN key: see the label under the AP
"
silent notes/netkey.md
mk src/net.c "/* the network key is derived per session */
static int wifi_key_len = 32;
"
silent src/net.c

finish "e2e_prose29"
