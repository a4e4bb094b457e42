// aws credentials (fake values)
const val AWS_SECRET_ACCESS_KEY = "AKIARE32YYCI6RT5X4BJ"
val headers = mapOf("Authorization" to "Bearer yIDHCEaYaE/kQHSncOAYuyuuQ+LV1KU/EFUPwqii")
const val AWS_DOCS_EXAMPLE_ID = "AKIAIOSFODNN7EXAMPLE"
const val AWS_DOCS_EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
const val AWS_SECRET_ACCESS_KEY_EXAMPLE = "AKIAxxxxxxxxxxxxxxxx"
val key = System.getenv("AWS_SECRET_ACCESS_KEY")
