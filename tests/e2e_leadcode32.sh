#!/usr/bin/env bash
# End-to-end tests of wave 31's lead fixes of config shapes (leadcode32),
# after holdout32: an SNMP community under a name that says SNMP
# (snmp_community=...) in one case of letters and digits; a Twilio auth
# token after its account SID in one object (sid: 'AC…', token: '…').
# Each with its hard negatives: a default or a word with a number as
# community, a community not named SNMP's, a URL under tokenUrl.
. "$(dirname "$0")/lib.sh"

# ---- an SNMP community named as such, one case -----------------------------
mk inventory/hosts.ini '[switches]
sw1.example.internal ansible_host=10.9.0.2

[all:vars]
snmp_community=q7vm3kd9p2xt
ntp_server=ntp.example.internal
'
scan_report inventory/hosts.ini
holds_once 5 q7vm3kd9p2xt
holds_count 1

mk inventory/defaults.ini '[all:vars]
snmp_community=public1
snmp_ro_community=monitoring
SNMP_COMMUNITY=netwatch
project_community=x8kd3m2qpl
'
scan_report inventory/defaults.ini
holds_count 0

# ---- a Twilio token after its account SID in one object ------------------
mk config/notify.js "// SMS alerts for the night shift
const alerts = {
  channel: 'sms',
  quietHours: [22, 6],
  twilio: { sid: 'AC5d2e9b7f31c04a86e2d9f0b3a7c61e48', token: '9061738452ea19f7c3bd05e8a4f26c71' },
  twilioDocs: { sid: 'AC5d2e9b7f31c04a86e2d9f0b3a7c61e48', tokenUrl: 'https://example.com/rotate' },
};
export default alerts;
"
scan_report config/notify.js
holds_once 5 9061738452ea19f7c3bd05e8a4f26c71
holds_none https://example.com/rotate

finish "e2e_leadcode32"
