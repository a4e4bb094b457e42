#!/usr/bin/env bash
# End-to-end tests of wave 31's lead fixes of config shapes (leadcode32),
# after holdout32: an SNMP community under a name that says SNMP
# (snmp_community=...) in one case of letters and digits; a Backblaze B2
# application key ID beside its application key (an rclone remote, an
# .env, an SDK call). Each with its hard negatives: a default or a word
# with a number as community, a community not named SNMP's, a key ID
# without its key, a checksum beside a key; a Twilio auth token after
# its account SID in one object (sid: 'AC…', token: '…'), not a URL.
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

# ---- a B2 application key ID beside its key ---------------------------------
mk backup/rclone.conf '[offsite]
type = b2
account = 0062b8e4a17c9d53f0e2a6c41
key = K006Rw4nTz8XqLp3VcM7hYb2Gd5Fj9S
hard_delete = true
'
scan_report backup/rclone.conf
holds_once 3 0062b8e4a17c9d53f0e2a6c41
holds_once 4 K006Rw4nTz8XqLp3VcM7hYb2Gd5Fj9S

mk backup/push.py 'import boto3
s3 = boto3.client("s3", endpoint_url="https://s3.us-west-004.backblazeb2.com",
                  aws_access_key_id="004a7d3e9c1b52f80e6d4a3b7",
                  aws_secret_access_key="K004Hm2xVq9LtRz6WcP3nYd8Fb5Gk7J")
'
scan_report backup/push.py
holds_once 3 004a7d3e9c1b52f80e6d4a3b7

# (no key beside it, or not a key ID: a checksum's 32 hex, a variable)
mk backup/ids.env 'B2_APPLICATION_KEY_ID=0053c9f2e8a14d7b60e5a2c93
B2_BUCKET=scans
'
scan_report backup/ids.env
holds_none 0053c9f2e8a14d7b60e5a2c93

mk backup/other.env 'SCAN_SHA=00a3c9f2e8a14d7b60e5a2c93d41b7e2
B2_APPLICATION_KEY_ID=${B2_KEY_ID}
B2_APPLICATION_KEY=K006Rw4nTz8XqLp3VcM7hYb2Gd5Fj9S
'
scan_report backup/other.env
holds_none 00a3c9f2e8a14d7b60e5a2c93d41b7e2
holds_once 3 K006Rw4nTz8XqLp3VcM7hYb2Gd5Fj9S

# ---- a Twilio token after its account SID in one object ------------------
mk config/notify.js "// Print bridge for the classifieds desk
module.exports = {
  redis: 'redis://:otter-quill-harbor-lamp@cache.example.internal:6379',
  sftp: { host: 'sftp.example.net', username: 'feeds', password: 'GalleyProof4471' },
  adNetwork: '71820394',
  slackWebhook: 'https://hooks.slack.com/services/T0AAAAAAA/B0BBBBBBB/abcdefghijklmnopqrstuvwx',
  twilio: { sid: 'AC5d2e9b7f31c04a86e2d9f0b3a7c61e48', token: '9061738452ea19f7c3bd05e8a4f26c71' },
  twilioHelp: { sid: 'AC5d2e9b7f31c04a86e2d9f0b3a7c61e48', tokenUrl: 'https://example.com/rotate' },
};
"
scan_report config/notify.js
holds_once 7 9061738452ea19f7c3bd05e8a4f26c71
holds_none https://example.com/rotate

finish "e2e_leadcode32"
