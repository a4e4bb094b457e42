package com.larkspur

data class Creds(val id: String, val secret: String)

val twilio = Creds("AC29d101bea6da86b1bee7bd9c50c668a7", "22df47934fa539648e552b393fc0ce3b")
val twilioApi = Creds("SKf22496860569e3a51e4acc4fb2f9a323", "nJS7A9s4p89Z44rQdOAD1iGn6SfOgdR0")
val maps = Creds("ios", "com.larkspur.app")
