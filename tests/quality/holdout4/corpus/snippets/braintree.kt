package com.example.keys

val braintreeAccessToken = "access_token$production$7slvfzax2cva5x4i$3e2a444b8002d90abf03f906c89da6f8"
const val BRAINTREE_PRIVATE_KEY = "d21e41aaeace125b8eccbb99632825b6"
val braintreeMerchantId = "bf52najngx6m7u0l"
val braintreePublicKey = "o3nctmmcahsyqfu1"
val braintreeApiKey = System.getenv("BRAINTREE_API_KEY")
