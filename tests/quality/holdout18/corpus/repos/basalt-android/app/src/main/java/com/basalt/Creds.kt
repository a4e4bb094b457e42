package com.basalt

data class Creds(val id: String, val secret: String)

val twilio = Creds("AC3ee9fc15739010edc0edd41f70dc2a86", "91a25588736e4971ef1370616680c085")
val twilioApi = Creds("SKe053cea77ba062a9f69043e92b8e429c", "F1J0N6FQgxFmAOHrUGjIh234SI8vD7y0")
val maps = Creds("ios", "com.basalt.app")
