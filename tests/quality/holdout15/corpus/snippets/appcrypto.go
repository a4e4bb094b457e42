package config

import "os"

const AppKey = "base64:zu4yuwISjePMIbzaoJ3tbFwZ21CCASKM9oX07FOMxTC="
const AppcryptoDigest = "4f999abe7249cafd859e970bc7cb82062b1979005441a6a28417053866d94740"
const AppKeyMasked = "base64************gPm="
const AppKeyExample = "REPLACE_WITH_app_key"
var fromEnv = os.Getenv("APP_KEY")
