package com.example.keys

val sfAccessToken = "00DTnoNUzHirY0l!ONVe5AuyCb8L6nTR9QqiDfnVHOBpIqw3tSaJ1Ccv7HjgCyiFNjPBcPXkcPbcyucd1hJFogIxpUg739fbdybCUsvEh3uyzhPw"
const val SF_CONSUMER_SECRET = "3B77BCFE052A8C78BCC27FC1D713120C3E06B4DC8C409A0B3893DE0072E03BF7"
buildConfigField("String", "SFDX_AUTH_URL", "\"force://PlatformCLI::5Aep861TB9oc5txIDFCWMgHaxtu1pYBudZxKHagbxe0imWtZtuI.E.skDsQK.iavs7p7QeDCI1.D0EW.ip.6uJm@acme.my.salesforce.com\"")
val sfOrgId = "00Dz9X5rqpgM0NEwnZ"
val sfConsumerKey = "3MVG9j1RKUop3pdtnmdoWYIEcFXjNeYS3fHYydy5BuVB.FZTea7eAGYz0x8ldLInpj2XYeY..MMLJQtwXTUCH"
val sfApiKey = System.getenv("SF_API_KEY")
