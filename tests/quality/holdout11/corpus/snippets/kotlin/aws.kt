// aws credentials (fake values)
const val AWS_SECRET_ACCESS_KEY = "AKIA800ERE32YYCI6RT5"
val headers = mapOf("Authorization" to "Bearer U8ctyIDHCEaYaE/kQHSncOAYuyuuQ+LV1KU/EFUP")
const val AWS_DOCS_EXAMPLE_ID = "AKIAIOSFODNN7EXAMPLE"
const val AWS_DOCS_EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
const val AWS_SECRET_ACCESS_KEY_EXAMPLE = "AKIAxxxxxxxxxxxxxxxx"
val key = System.getenv("AWS_SECRET_ACCESS_KEY")
