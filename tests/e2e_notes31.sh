#!/usr/bin/env bash
# End-to-end tests of wave 31's notes readers (notes31): a passphrase of
# words with blanks that a sentence gives a password or a network's key
# ("the new password is heron quill marsh tablet (reset today)", "reset
# it to `ember quartz willow harbor`", "key: bramble copper sparrow
# lagoon"). Each with its hard negatives: where or how a password is
# kept or changed in words ("is kept under the infra folder", "never
# shared over chat", "printed at the reception desk"), a policy, a
# famous sample, three words alone.
. "$(dirname "$0")/lib.sh"

# ---- a passphrase with blanks after a password's word ----------------------
mk notes/handover.md '# Night shift
- the new password is heron quill marsh tablet (they reset it today).
- Vendor reset the portal password to `ember quartz willow harbor`, update the MDM profile.
- the relay password is **Tundra basil falcon cobalt**
- the kiosk password is pine anchor velvet 83
- the password is kept under infra folder.
- the password is never shared over chat, ask Jo
- the password is printed on the label under the device
- the password is correct horse battery staple
- the password is four random diceware words.
- the password is heron quill marsh
- the password is the one in the safe
'
scan_report notes/handover.md
holds_once 2 'heron quill marsh tablet'
holds_once 3 'ember quartz willow harbor'
holds_once 4 'Tundra basil falcon cobalt'
holds_once 5 'pine anchor velvet 83'
holds_count 4

# a ticket's JSON cell, a CSV cell: the string's end or an aside ends it
mk tickets/export/ENG-4410.json '{"key": "ENG-4410", "comments": [
 {"body": "Supplier says the new password is lantern moss pebble orbit (they rotated it).", "user": "kim"},
 {"body": "the password is stored with the other vendor creds", "user": "kim"}
]}
'
scan_report tickets/export/ENG-4410.json
holds_once 2 'lantern moss pebble orbit'
holds_count 1

# ---- a network's key with blanks --------------------------------------------
mk notes/office-wifi.txt 'Staff SSID: Oakhill-Staff   key: bramble copper sparrow lagoon
Guest SSID: Oakhill-Guest   key: see the sticker on the router
Lab wifi key is taped under the router
'
scan_report notes/office-wifi.txt
holds_once 1 'bramble copper sparrow lagoon'
holds_count 1

[ -n "${KEEP:-}" ] && cp -r "$T" "$KEEP"
finish "e2e_notes31"
