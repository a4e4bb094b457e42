// etherscan credentials (fake values)
const val ETHERSCAN_API_KEY = "MHYB73ZIXUSWPM1ZLFHJTYXYPVTXPKKZFS"
val headers = mapOf("Authorization" to "Bearer WQL1NG5RY20K3EBXUZXA5E1A5DFJUPJ02P")
const val ETHERSCAN_CONTRACT_ADDRESS = "0x89aba712af215c975d93b053f24f59d9b901c63d"
const val ETHERSCAN_API_KEY_EXAMPLE = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
val key = System.getenv("ETHERSCAN_API_KEY")
