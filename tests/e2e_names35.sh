#!/usr/bin/env bash
# End-to-end tests of wave 35's names35: a service's key under a name the
# generic rules do not read (stream_key, widget_key, EncoderKey,
# webhook_key, SubscriptionKey, integration_key),
# hex or generated, and an AWS access key id outside base32 (a 0, 1, 8 or
# 9: AWS issues none) reported, low, only beside its secret access key.
# Hard negatives: keys a store or a program orders by (cache_key, sort_key,
# partition_key, idempotency_key, i18n_key, hotkey, primary/foreign keys),
# an analytics write key (public: it ships in pages),
# a word after the key (stream_key_prefix, widget_key_id), public keys and
# key ids; a non-base32 id alone, beside a reference, beside a
# digest, and AWS's documented EXAMPLE pair. Every value is generated for
# this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- a service's key, hex or generated, under its own name ---------------
mk conf/homepage.env 'HOMEPAGE_WIDGET_KEY=9ffefe15b4f30cefff3b47de98910dd6
obs_stream_key = "Z75nW8k5Ld0LyiOkbjnjHN17FzR9KgLi"
'
generic conf/homepage.env 1 9ffefe15b4f30cefff3b47de98910dd6
found conf/homepage.env 2 generic-app-secret Z75nW8k5Ld0LyiOkbjnjHN17FzR9KgLi

mk locks/encoder.xml '<Encoder>
  <Site>north</Site>
  <EncoderKey>C7EC071E181C5CCB6E00A47153BBF577</EncoderKey>
</Encoder>
'
generic locks/encoder.xml 3 C7EC071E181C5CCB6E00A47153BBF577

mk api/appsettings.json '{
  "Gateway": {
    "SubscriptionKey": "aed7f48971a1e53a8d1394f5e7263f52"
  }
}
'
generic api/appsettings.json 3 aed7f48971a1e53a8d1394f5e7263f52

mk ops/alerts.yml 'pagerduty:
  integration_key: VOgeQVyJpfju8OVTqx6LV9b2LlBQuAm4
  webhook_key: "abHjxPnV13OHM9BMXrMc3Lxs6gi7Vix2"
'
generic ops/alerts.yml 2 VOgeQVyJpfju8OVTqx6LV9b2LlBQuAm4
generic ops/alerts.yml 3 abHjxPnV13OHM9BMXrMc3Lxs6gi7Vix2

# ---- keys a program orders by, ids, public keys: silent ---------------------
mk app/keys.py 'cache_key = "3daa77905c4837a6f3611f221ca02f20"
sort_key = "8e2338c49e0245d535ca8275140029a8"
partition_key = "b4f30cefff3b47de98910dd69ffefe15"
idempotency_key = "71a1e53a8d1394f5e7263f52aed7f489"
primary_key = "e181c5ccb6e00a47153bbf577c7ec071"
foreign_key = "05c4837a6f3611f221ca02f208e2338c"
i18n_key = "c49e0245d535ca8275140029a83daa77"
hotkey = "d535ca8275140029a83daa77905c4837"
keyboard_key = "5ca8275140029a83daa77905c4837a6f"
stream_key_prefix = "6f3611f221ca02f208e2338c49e0245d"
widget_key_id = "1f221ca02f208e2338c49e0245d535ca"
public_key = "a02f208e2338c49e0245d535ca827514"
key_id = "208e2338c49e0245d535ca8275140029"
stream_key = "rtmp-key-goes-here"
writeKey = "YOUR_SEGMENT_WRITE_KEY"
'
silent app/keys.py

# an analytics write key ships in the browser's page: public by design
mk src/analytics.ts 'export const writeKey = "xCiiRu2YhCuQqWYRO9aJOydFkWnimek4";
'
silent src/analytics.ts

# ---- an AWS id outside base32 beside its secret: the pair was meant ------
mk deploy/credentials '[default]
aws_access_key_id = AKIAE0CG4JQM627QJ9H2
aws_secret_access_key = tU7wd/uDh8pMe1CueH0IQWkWIQYQa8Evw0JR1HmZ
'
found deploy/credentials 2 aws-access-key-id-outside-base32 AKIAE0CG4JQM627QJ9H2
scan_check "deploy/credentials: the id is low" deploy/credentials \
	'[.[] | select(.secret == "AKIAE0CG4JQM627QJ9H2")] | .[0].confidence == "low"'

mk src/keys.go 'var pair = [2]string{"ASIA0G5Y7B1LD43D7UTY", "461uIElpgDLRX2jpGP4O9/OVfae2WHQA2bvS8M9n"}
'
found src/keys.go 1 aws-access-key-id-outside-base32 ASIA0G5Y7B1LD43D7UTY

mk history/.bash_history 'export AWS_ACCESS_KEY_ID=AKIAV6G68R3UY41WQS3O
export AWS_SECRET_ACCESS_KEY=6sZpMPzlGL+5bMYftnYr1ce3ZKaGb+3Z1O8Xo/im
aws s3 ls
'
found history/.bash_history 1 aws-access-key-id-outside-base32 AKIAV6G68R3UY41WQS3O

# ---- alone, beside no secret, or AWS's sample: silent ---------------------
mk ci/env.sh 'export AWS_ACCESS_KEY_ID=AKIAWGYIPHS4XQ8O7HOT
export AWS_REGION=eu-west-1
'
silent ci/env.sh

mk ci/ref.ini '[s3]
access_key_id = AKIAXKSYV7Q2ZELDQ9QB
secret_access_key = ${AWS_SECRET_ACCESS_KEY}
'
silent ci/ref.ini

mk ci/commit.txt 'key_id = ASIAQ950JK31U6DHXX6X
commit = 3f786850e387550fdab836ed7e6dc881de23001b
'
silent ci/commit.txt

mk docs/sample.cfg 'aws_access_key_id = AKIA0123456EXAMPLE9
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
'
silent docs/sample.cfg
flush_scans

finish "e2e_names35"
