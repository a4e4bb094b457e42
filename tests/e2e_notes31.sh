#!/usr/bin/env bash
# End-to-end tests of wave 31's notes readers (notes31): a passphrase of
# words with blanks that a sentence gives a password or a network's key
# ("the new password is heron quill marsh tablet (reset today)", "reset
# it to `ember quartz willow harbor`", "key: bramble copper sparrow
# lagoon"). Each with its hard negatives: where or how a password is
# kept or changed in words ("is kept under the infra folder", "never
# shared over chat", "printed at the reception desk"), a policy, a
# famous sample, three words alone. And a key named by a word no keyword
# knows ("the widget key is v", "cloud relay key: `v`", "new key v is in
# the config"), its value generated; not a table's, a cache's, a public
# or a GPG key, a keyboard's, a reference or where it is kept.
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

# ---- a key named by a word no keyword knows, its value generated ----------
mk notes/integrations.md '# Integrations
- cloud relay key: `Rq4vLm8Tt2Wz7Kc3Nb9Hd5Fy6Jp1Gs0Ae`
- the label printer widget key is 7d2e91c0a4f8b35e6c1d09a7b4e2f853 -- ask IT before rotating
- the fuel card key expired, new key Wm3kQz8Lr5Tx9Vb2Nc7Hd4Jp6Fs1Gy0R is in the config now.
- the cache key is 5e8b1c0d9a7f2e4b6c3d1a0f9e8b7c6d
- the partition key is 5f0c2d9e-8b1a-4c3e-9f7d-2a6b8e1c4d3f
- the primary key is Hx7kP2mQ9wL4vB8nR3tZ
- the public key is MCowBQYDK2VwAyEAq9Lm3Tx7Vb2Nc8Hd4Jp6Fs1Gy0RWz5kQ
- the GPG key 4AEE18F83AFDEB23 signs the releases
- Acme kernel signing key: 7c2f4e9a1b3d5f6e8a0c2b4d6f8e1a3c5b7d9f20: X509.RSA
- the relay key is in the vault
- the relay key is ${RELAY_KEY}
- press the Enter key twice, then the relay key is shown
'
scan_report notes/integrations.md
holds_once 2 Rq4vLm8Tt2Wz7Kc3Nb9Hd5Fy6Jp1Gs0Ae
holds_once 3 7d2e91c0a4f8b35e6c1d09a7b4e2f853
holds_once 4 Wm3kQz8Lr5Tx9Vb2Nc7Hd4Jp6Fs1Gy0R
holds_count 3

# a ticket's XML comment
mk tickets/servicedesk/INC0099120.xml '<incident><number>INC0099120</number>
<comments>The van tracking API failed because the key expired, new key Tz6nPq2Wm8Lx4Vr9Bc3Kd7Hj5Fs1Gy0Q is in the config now.</comments>
<comments>Sort key is 8d4f2a6c0e1b3d5f7a9c2e4b6d8f0a1c, no change.</comments>
</incident>
'
scan_report tickets/servicedesk/INC0099120.xml
holds_once 2 Tz6nPq2Wm8Lx4Vr9Bc3Kd7Hj5Fs1Gy0Q
holds_count 1

[ -n "${KEEP:-}" ] && cp -r "$T" "$KEEP"
finish "e2e_notes31"
