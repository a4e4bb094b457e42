let Prelude = https://prelude.dhall-lang.org/package.dhall

let ociAuthToken = "S.78VFs.aqPa4NPq;;{."
let ociFingerprint = "41:80:fd:14:ad:d2:d7:bc:4d:8b:92:e0:a3:cf:e5:3b"
let ociTenancy = "ocid1.tenancy.oc1..cpajds3udpp2q42yholxhw3jd1ne24iga00p6ho2vnuf2l7veubhq0l6vc2h"
let ociToken = env:OCI_TOKEN as Text
