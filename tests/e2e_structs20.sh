#!/usr/bin/env bash
# End-to-end tests of wave 20's provider keys: a credential's word among
# more words of a name after the provider's (ELEVENLABS_API_KEY_BACKUP,
# twilioServiceAuthTokenLive, a type between the name and `=`), the
# provider's own object over lines (Ruby's `configure do |c|`, an HCL or
# HOCON block with no separator, a Java class, a Python class, a Swift
# struct), and prefixes whose lengths are a little off the documented
# ones (github_pat_, snyk_uat.). Public ids, commits, checksums, masks, a
# condition's name and truncated tokens in the same places stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

H32=9d8a0c77e1b24f6fa3c05e18b72d4c91
H40=4be1c09a7f3d2e85b6a1c4d07e9f3b2a5c8d1e60
H128=CC6577428C2F6D6BC64E5A22FAC180D6B2E6E1B465E551305FD2D2490CA4C616E8C4BF144D3334955D46AF783B52901A6CCACCDB251BCE79793A67C9E2ED829A
UU=6f2c1d8e-4b7a-4c3e-9d5f-0a8b7c6e5d4f

# the credential's word among more words of the name
mk names/Keys.kt "const val ELEVENLABS_API_KEY_BACKUP = \"$H32\"
"
found names/Keys.kt 1 elevenlabs-api-key-legacy "$H32"
mk names/Sms.cs "public const string TwilioServiceAuthTokenLive = \"$H32\";
"
found names/Sms.cs 1 twilio-auth-token "$H32"
mk names/voice.php "<?php
\$elevenlabs_key_v2 = '$H32';
"
found names/voice.php 2 elevenlabs-api-key-legacy "$H32"
# a type between the name and its value
mk names/voice.ts "export const elevenlabsKeyOld: string = \"$H32\";
"
found names/voice.ts 1 elevenlabs-api-key-legacy "$H32"
mk names/sms.rs "const TWILIO_TOKEN_CURRENT: &str = \"$H32\";
"
found names/sms.rs 1 twilio-auth-token "$H32"
mk names/app.bicep "param elevenlabsApiKeyPrimary string = '$H32'
"
found names/app.bicep 1 elevenlabs-api-key-legacy "$H32"
# a word that names something else, before or after the credential's
mk names/decoy/Keys.kt "const val GITEA_COMMIT_SHA_OLD = \"$H40\"
var twilioAccountSidPrimary = \"AC$H32\"
const val ELEVENLABS_VOICE_ID_BACKUP = \"$H32\"
const val ELEVENLABS_KEY_SHA = \"$H32\"
const val ELEVENLABS_KEY_MASKED = \"9d8a************4c91\"
public const string TwilioClientTokenLive = \"$H32\";
"
silent names/decoy/Keys.kt

# the provider's own object over lines
mk blocks/config/initializers/voice.rb "Elevenlabs.configure do |c|
  c.voice = 'rachel'
  c.key = '$H32'
end
"
found blocks/config/initializers/voice.rb 3 elevenlabs-api-key-legacy "$H32"
mk blocks/conf/payments.conf "authorizenet {
  login = \"shop\"
  key = \"$H128\"
}
"
found blocks/conf/payments.conf 3 authorizenet-signature-key "$H128"
mk blocks/Mail.java "final class Postmark {
    static final String KEY = \"$UU\";
}
"
found blocks/Mail.java 2 postmark-api-token "$UU"
mk blocks/sms.py "class Twilio:
    region = \"us1\"
    key = \"$H32\"
"
found blocks/sms.py 3 twilio-auth-token "$H32"
mk blocks/Voice.swift "struct Elevenlabs {
  static let key = \"$H32\"
}
"
found blocks/Voice.swift 2 elevenlabs-api-key-legacy "$H32"
mk blocks/decoy/twilio.rb "Twilio.configure do |c|
  c.account = 'AC$H32'
end
"
silent blocks/decoy/twilio.rb
mk blocks/decoy/payments.conf "authorizenet {
  login = \"shop\"
  checksum = \"$H128\"
}
"
silent blocks/decoy/payments.conf
mk blocks/decoy/Mail.java "final class Postmark {
    static final String MESSAGE_ID = \"$UU\";
}
"
silent blocks/decoy/Mail.java
mk blocks/decoy/retry.js "if (twilioRetries > 3) {
  key = \"$H32\";
}
"
silent blocks/decoy/retry.js

# a provider's 15-character token heading a pair (Gotify's)
mk short/tokens.py "TOKENS = [(\"gotify\", \"CKbq7L9mEw3BlTz\"), (\"region\", \"eu\")]
"
found short/tokens.py 1 gotify-token CKbq7L9mEw3BlTz
mk short/decoy/tokens.py "TOKENS = [(\"gotify\", \"CHANGE_ME_TOKEN\"), (\"gotify_app_id\", \"25\")]
"
silent short/decoy/tokens.py

# prefixes with lengths a little off the documented ones
GH24=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V2
mk near/Dockerfile "FROM alpine
ENV GH_TOKEN=$GH24
"
found near/Dockerfile 2 github-pat-fine-grained "$GH24"
SNYK=snyk_uat.982e01a1.Rv7Kq2Zt9Wm4Xb8Nc3Ly-Ha5Pd1Jf6Gs2Qk7Vw9Tm4Zr8
mk near/snyk.json "{
  \"api\": \"$SNYK\"
}
"
found near/snyk.json 2 snyk-personal-access-token "$SNYK"
mk near/decoy/tokens.txt "ENV GH_TOKEN=github_pat_11YEIi75qB4sA9Q0NksyRRM3_NQTCmyv4mwaQwSs92m5QQkYOqQAVW3ToA33wQzah
SNYK_TOKEN=snyk_uat.982e01a1.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh
"
silent near/decoy/tokens.txt

# a provider's name, `api` and `key`: Binance's API key alone opens the
# account's user data stream (USER_STREAM endpoints take the key without a
# signature), so it is a credential, not a public id (holdout5 labelled it one)
mk pairs/binance.sh "export BINANCE_API_KEY=U8sdC2lis8i44wpKmUCTkp7PKM1KFYFG9Sioo729LZYjUX1N0WtIGo5uI7BHlc4Q
"
found pairs/binance.sh 1 generic-secret U8sdC2lis8i44wpKmUCTkp7PKM1KFYFG9Sioo729LZYjUX1N0WtIGo5uI7BHlc4Q

finish e2e_structs20
