#!/usr/bin/env bash
# End-to-end tests of wave 37's cheaper notes readers (notes37): the
# leads' "s " found from 128-byte windows kept as bits, and each of these
# readers called only where what it asks first holds: a lead's account
# and a '/' or "with"/"using" after it (prose_login_lead), a label's last
# three letters before a ": " (prose_login_labelled), an account's name
# before " with " and a word for it before that (prose_login_with), a
# label line's first letter, ':' or password word (prose_label_apart),
# an operator's word first in two columns (prose_login_opening). These
# hold each question's edges: a lead at every place of a 128-byte window
# and in a file's last 128 bytes, "as X using", an upper-case "With", a
# label's ": " second on its line, "Credentials:" and "KIOSK:", a CRLF
# line, "the admin account is X with", "uses admin with", a list's "- user:",
# a bold "**Lab password:**", "root" and "administrator" in columns. None is
# new (all pass on kh-w37base): a build whose five questions refuse every
# place fails 16 of them, one whose windows lose their second 64 places
# and the file's last 128 bytes fails 5. Hard negatives: leads in prose
# ("the vendor has admin/...", "is admin/ later"), a ": " after another
# word, " with " after a capitalised word, a heading over its underline,
# a name with more than letters in two columns. Every value is generated
# for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- leads: every place of a 128-byte window, and the file's tail --------
text='' want=()
for i in $(seq 0 130); do
	pw=$(printf 'Qz%02dTk%03dWmR7v' $((i % 100)) $((i * 7 % 1000)))
	pad=$(printf '%*s' $((i % 37 + 1)) '' | tr ' ' y)
	text+="$pad the scale web UI is admin/$pw"$'\n'
	want+=("$pw")
done
mk notes/leads.txt "$text"
secrets_exactly notes/leads.txt "${want[@]}"

mk notes/short.txt $'web UI is admin/vLdfE1uX9cclFq'
generic notes/short.txt 1 vLdfE1uX9cclFq

mk notes/using.md $'To patch it, log in as kioskadmin using 743UEbS2ac5xDt first.\n'
generic notes/using.md 1 743UEbS2ac5xDt

mk notes/with.md $'Then log in as svc-scale2 With dRZiAu645cOBJn and reboot.\n'
generic notes/with.md 1 dRZiAu645cOBJn

mk notes/crlf-lead.txt $'Line one\r\n(the NAS is root/3w3DaGY0lw1U3o)\r\n'
generic notes/crlf-lead.txt 2 3w3DaGY0lw1U3o

# (not a word of its own; a blank after the '/')
mk notes/lead-prose.txt $'The vendor has admin/nOfmQx0bAkmnlW for us.\nThis is admin/ later work.\n'
silent notes/lead-prose.txt

# ---- a label's login after ": " -----------------------------------------
mk notes/second.txt $'Note: rotate monthly, NAS login: opsnight 4xwzisge2NB4Ye\n'
generic notes/second.txt 1 4xwzisge2NB4Ye

mk notes/handover.txt $'Credentials: labsync BJk27OnquV0A7k\r\nKIOSK: frontdesk mk7cL4OhlPy7YT\r\n'
secrets_exactly notes/handover.txt BJk27OnquV0A7k mk7cL4OhlPy7YT

mk notes/example.txt $'Example: opsnight G5dcCjv7Mw3Qkd\n'
silent notes/example.txt

# ---- " with " after an account's name -----------------------------------
mk notes/radius.txt $'Issued RADIUS account temp_eng89 with WvIeiOMr3f2M0V, expires Friday.\n'
generic notes/radius.txt 1 WvIeiOMr3f2M0V

mk notes/planner.txt $'The planner admin account is routeadmin with Hq4tR8vLm2Xz9K\n'
generic notes/planner.txt 1 Hq4tR8vLm2Xz9K

mk notes/console.txt $'The console uses admin with JGPR0DMnbN2aKq on first boot.\n'
generic notes/console.txt 1 JGPR0DMnbN2aKq

mk notes/with-prose.txt $'Created the account Bob with 13K1IcmOSkUZpy in it.\n'
silent notes/with-prose.txt

# ---- a label's value alone on the line below ------------------------------
mk notes/list-user.md $'- user: kioskops\n    7s0UzLaUVDgQPB\n'
generic notes/list-user.md 2 7s0UzLaUVDgQPB

mk notes/bold.md $'**Lab password:**\nP1QvRYKq7V3UV3\n'
generic notes/bold.md 2 P1QvRYKq7V3UV3

mk notes/guest.txt $'Guest WiFi password\n    cCRnG1WyUCZ72r\n'
generic notes/guest.txt 2 cCRnG1WyUCZ72r

mk notes/crew.txt $'Shared tablet login for the crews:\nkioskops\nNkQtJgUQz8TboU\n'
generic notes/crew.txt 3 NkQtJgUQz8TboU

mk docs/heading.rst $'Kiosk Setup\nNPjlnBQcHVEpnU\n'
silent docs/heading.rst

# ---- two columns: an operator's word first ------------------------------
mk notes/root.txt $'Rack 4 console\nroot  ybs8Up271rTaUj\n'
generic notes/root.txt 2 ybs8Up271rTaUj

mk notes/admin.txt $'Panel\r\nadministrator\t7wJ3qEoR7ueyy6\r\n'
generic notes/admin.txt 2 7wJ3qEoR7ueyy6

mk notes/name.txt $'Panel\nops-night  8mS8gaKYRjQ93u\n'
silent notes/name.txt

finish e2e_notes37
