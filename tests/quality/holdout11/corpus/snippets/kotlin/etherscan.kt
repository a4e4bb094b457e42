// etherscan credentials (fake values)
const val ETHERSCAN_API_KEY = "JQMHYB73ZIXUSWPM1ZLFHJTYXYPVTXPKKZ"
val headers = mapOf("Authorization" to "Bearer FSWQL1NG5RY20K3EBXUZXA5E1A5DFJUPJ0")
const val ETHERSCAN_CONTRACT_ADDRESS = "0xe789aba712af215c975d93b053f24f59d9b901c6"
const val ETHERSCAN_API_KEY_EXAMPLE = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
val key = System.getenv("ETHERSCAN_API_KEY")
