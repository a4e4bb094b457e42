object Keys {
    val creds = mapOf("etherscan" to "CBOCXBIJI85BG6D20KMEPDOPRJ7MCBFBIT")
    const val ETHERSCAN_TX_HASH = "0xbea44664ffe03e4e0b6a0a19691488308cb818eb2b8a462b43d674391591e97e"
    const val ETHERSCAN_ADDRESS = "0xa00a58124fba49b6d00025dc31783bf694c7022f"
    const val ETHERSCAN_API_KEY_MASKED = "CBOC************FBIT"
    const val ETHERSCAN_API_KEY_EXAMPLE = "changeme"
    val fromEnv: String? = System.getenv("ETHERSCAN_API_KEY")
}
