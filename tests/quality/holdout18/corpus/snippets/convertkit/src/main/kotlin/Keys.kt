object Keys {
    val creds = mapOf("convertkit" to "kit_b14663d69321499d581ef3198e5f3282")
    const val CONVERTKIT_API_SECRET = "PRzlkzwqMcHUq835AhPNAXkRwMHp_-zrzG4krBYwnFe"
    const val KIT_FORM_ID = "2223616"
    const val KIT_API_KEY_TRUNCATED = "kit_b14663..."
    const val KIT_API_KEY_EXAMPLE = "{{ secrets.KIT_API_KEY }}"
    val fromEnv: String? = System.getenv("KIT_API_KEY")
}
