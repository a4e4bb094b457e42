#!/usr/bin/env bash
# End-to-end tests of wave 28's logins in notes, chats and spreadsheets:
# a pair's spacing (`user  /  X`, a tab), a login a word leads into (a
# comma after "login", `is admin/X`, "log in as ops with X", `u: ops p: X`,
# a label `local admin:`), a chat export's message that opens with a
# login (Skype's, IRC's), and a spreadsheet's table of accounts read from
# its shared strings (an .xlsx zipped, or unpacked). Speakers, timestamps,
# paths, dates, fractions, versions, placeholders, masks and headers with
# no password's column stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

PW1='Rv4kQm8TzW2pLx'        # a generator's
PW2='Gannet-Orchard7731!'   # a person's words, number and mark
PW3='mX7bqZ2vRt9W'
PW4='Larch5512&Quill'

# a pair's spacing
mk notes/handover.md "## Boiler house
scada:  boilerops  /  $PW1
"
generic notes/handover.md 2 "$PW1"
mk notes/tabbed.txt "vendor portal:	pumpvendor	/ $PW3
"
generic notes/tabbed.txt 1 "$PW3"
# words that lead into a login
mk chat/teams-ops.txt "Ines: for the chiller panel use the maintenance login, carrier / $PW2
"
generic chat/teams-ops.txt 1 "$PW2"
mk notes/press.md "The press line's HMI web page is admin/$PW4 since the audit.
"
generic notes/press.md 1 "$PW4"
mk notes/dock.md "The dock door panel is admin/heron-quarry-basalt-tide now.
"
generic notes/dock.md 1 "heron-quarry-basalt-tide"
mk notes/boiler.txt "To change setpoints log in as boilerops with $PW3 from the control room.
"
generic notes/boiler.txt 1 "$PW3"
mk notes/cooler.rst "cold store display u: coldops p: $PW1
"
generic notes/cooler.rst 1 "$PW1"
mk notes/image.txt "Image notes, build 2026-10
domain admin: imgsetup  /  $PW2
"
generic notes/image.txt 2 "$PW2"
mk export/messages.json "{\"messages\": [{\"sender_full_name\": \"Ola Brandt\", \"content\": \"the door controller is root/$PW4 until Friday\"}]}
"
generic export/messages.json 1 "$PW4"
# chats' messages that open with a login
mk chat/skype-dispatch.txt "[14/10/2026 08:02:11] Marta Ruiz (Dispatch): label server?
[14/10/2026 08:03:40] Ken Oduya: labelsrv-02 $PW3 , reboot it after
[14/10/2026 08:04:02] Marta Ruiz (Dispatch): thanks
"
generic chat/skype-dispatch.txt 2 "$PW3"
mk irc/ops.txt "[09:14] <kodu> ups-web $PW1
[09:15] <mruiz> ok
"
generic irc/ops.txt 1 "$PW1"
mk slack-export/plant/2026-10-14.json "[
    {
        \"type\": \"message\",
        \"user\": \"U03KD\",
        \"text\": \"weigh-pc2 $PW2, reboot it after\"
    }
]
"
generic slack-export/plant/2026-10-14.json 5 "$PW2"
mk decoy/chat/export.json "[{\"text\": \"thanks Version2Point4\"}, {\"text\": \"build-42 passed\"},
{\"content\": \"ticket-4411 INC0019921\"}, {\"text\": \"v1.2 v1.3\"},
{\"text\": \"staging-db changeme\"}, {\"text\": \"relay-01 ********\"}]
"
silent decoy/chat/export.json

# spreadsheets: an .xlsx (zipped) and an unpacked one
if command -v python3 >/dev/null; then
	mkdir -p "$T/sheets"
	python3 - "$T/sheets/accounts.xlsx" "$PW2" <<'PY'
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)
z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types/>')
cells = ['Device', 'Login', 'Password', 'Notes', 'chiller-panel', 'svc.chiller', sys.argv[2],
         'lift controller', '[see vault]', 'badge printer', 'admin', '********']
z.writestr('xl/sharedStrings.xml', '<?xml version="1.0"?>\n<sst count="12">' +
           ''.join('<si><t>%s</t></si>' % c for c in cells) + '</sst>')
z.writestr('xl/worksheets/sheet1.xml', '<worksheet><sheetData/></worksheet>')
z.close()
PY
	"$KEYHOUND" scan "$T/sheets" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "xlsx: the password of a table of accounts" jq -e --arg s "$PW2" \
		'[.[] | select(.secret == $s)] | length == 1' "$T/out"
	check "xlsx: nothing else" jq -e 'length == 1' "$T/out"
fi
# an .ods: its rows are whole, read by the header's password column
if command -v python3 >/dev/null; then
	mkdir -p "$T/ods"
	python3 - "$T/ods/plant.ods" "$PW3" <<'PY'
import sys, zipfile
def row(*cells):
    return '<table:table-row>' + ''.join(
        '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % c
        if c else '<table:table-cell table:number-columns-repeated="2"/>' for c in cells) + '</table:table-row>'
z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)
z.writestr('mimetype', 'application/vnd.oasis.opendocument.spreadsheet')
z.writestr('content.xml', '<?xml version="1.0"?><office:document-content><office:body><office:spreadsheet><table:table>' +
           row('Machine', 'User name', 'Password', 'Remarks') +
           row('Palletiser', 'palop', sys.argv[2], 'since March') +
           row('Wrapper', 'wrapop', '(ask the shift lead)', '') +
           row('Labeller', 'labop', 'changeme', '') +
           '</table:table></office:spreadsheet></office:body></office:document-content>')
z.close()
PY
	"$KEYHOUND" scan "$T/ods" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "ods: the password column of a table of accounts" jq -e --arg s "$PW3" \
		'[.[] | select(.secret == $s)] | length == 1' "$T/out"
	check "ods: nothing else" jq -e 'length == 1' "$T/out"
fi
mk decoy/odt/content.xml "<table:table-row><table:table-cell><text:p>Release</text:p></table:table-cell><table:table-cell><text:p>Checksum</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>v2.1</text:p></table:table-cell><table:table-cell><text:p>Tx9vQ2mLp7Wz</text:p></table:table-cell></table:table-row>
"
silent decoy/odt/content.xml
mk unpacked/book/xl/sharedStrings.xml "<?xml version=\"1.0\"?>
<sst count=\"9\"><si><t>Site</t></si><si><t>Username</t></si><si><t>Password</t></si>
<si><t>Cold store</t></si><si><t>coldops</t></si><si><t>$PW1</t></si>
<si><t>Print room</t></si><si><t>printer</t></si><si><t>changeme</t></si>
</sst>
"
generic unpacked/book/xl/sharedStrings.xml 3 "$PW1"

# tickets and logs: a password in an aside after a user, a temporary one
mk tickets/INC0052210.xml "<incident><comments>2026-10-02 09:12 - kodu (Additional comments)
Account unlocked. Created the kiosk user for Ines with temp pw quarry-ledger-mint-otter , MFA at first login.</comments></incident>
"
generic tickets/INC0052210.xml 2 "quarry-ledger-mint-otter"
mk issues/88.md "Log:
\`\`\`
2026-10-02T01:00:03Z ERROR login refused for user edi.push (password walnut.siren.copper)
\`\`\`
"
generic issues/88.md 3 "walnut.siren.copper"

# a runbook's step: the password after words and a ':', in marks
mk runbooks/restore-erp.md "# Restoring the ERP share

1. Mount \`\\\\fs-north\\restore\` (svc_restore, password is the copy in the safe: **birch.kettle.lantern7**).
2. Check the row counts.
"
generic runbooks/restore-erp.md 3 "birch.kettle.lantern7"

# decoys: speakers, timestamps, paths, dates, fractions, versions,
# placeholders, masks, sheets with no password's column
mk decoy/skype.txt "[14/10/2026 08:02:11] Marta Ruiz: password reset sent
[14/10/2026 08:03:40] Ken Oduya: ask Anna for the password
[14/10/2026 08:04:02] Marta Ruiz: labelsrv-02 (see vault)
[14/10/2026 08:05:02] Marta Ruiz: thanks Version2Point4
[14/10/2026 08:06:02] Marta Ruiz: ticket INC0019921 , closing
[14/10/2026 08:07:02] Marta Ruiz: kiosk ********
[14/10/2026 08:08:02] Marta Ruiz: the fix is in v1.2 / v1.3 now
"
silent decoy/skype.txt
mk decoy/notes.md "The share is data/Exports2024Q3 on the NAS.
The ratio is 3/4 and the date is 12/03.
The release is v1.2/1.3.4 again.
The default is admin/admin, the demo is admin/<password>.
The sample is root/changeme and the sandbox is demo/\${DEMO_PASSWORD}.
Upgrade path is usr/lib64/Python3.11.4.
The parent is root/node-modules-cache now.
The layout is admin/user-profile-settings.
log in as admin with SSO
log in as kiosk with password
u: ops p: xxxxxxxx
u: ops p: <password>
local admin: kioskadmin  /  (see vault)
local admin: kioskadmin  /  ****
scada:  boilerops  /  changeme
the path a  /  b  /  Cc9dE2fG7hJk
widths 100  /  2
mail j.berg@corp.example / Berg
"
silent decoy/notes.md
mk decoy/tickets.md "Password reset sent to the user (password reset-link-expired).
The new password policy is three-words-minimum.
Created the user with temp pw changeme-changeme-changeme and asked him to rotate.
Login failed (password required)
Login failed (password hash mismatch-in-store)
Use a new password like correct-horse-battery, not this one.
"
silent decoy/tickets.md
mk decoy/runbook.md "3. The share (svc_restore, password is the one in the vault: **see KeePass**).
4. The admin password is the one you chose at setup: \`********\`.
5. The password is the usual one: **changeme**
6. The password is stored in the vault: \`<password>\`
"
silent decoy/runbook.md
mk decoy/auth.py "if (password is None) or (password == ''):
    raise ValueError('missing')
"
silent decoy/auth.py
mk decoy/xl/sharedStrings.xml "<sst><si><t>Host</t></si><si><t>IP</t></si><si><t>Owner</t></si>
<si><t>nas01</t></si><si><t>kgreen</t></si><si><t>Tx9vQ2mLp7Wz</t></si></sst>
"
silent decoy/xl/sharedStrings.xml
mk decoy/fixture/xl/sharedStrings.xml "<sst><si><t>System</t></si><si><t>User</t></si><si><t>Password</t></si>
<si><t>Example</t></si><si><t>user</t></si><si><t>&lt;password&gt;</t></si>
<si><t>Demo</t></si><si><t>demo</t></si><si><t>password123</t></si>
<si><t>Hash</t></si><si><t>svc</t></si><si><t>5f4dcc3b5aa765d61d8327deb882cf99</t></si></sst>
"
silent decoy/fixture/xl/sharedStrings.xml
# not a notes file: code's `is` and `as`
mk decoy/cast.py "x = y is admin/Tx7qLm2vWz9kRb4N
"
silent decoy/cast.py

finish e2e_logins28
