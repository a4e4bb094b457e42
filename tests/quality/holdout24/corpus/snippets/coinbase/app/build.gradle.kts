android {
    defaultConfig {
        manifestPlaceholders["coinbaseValue"] = "O5Lxxcoacs/jt8gzHXptkDnbWr3yP4fu4fYiViy3aldjKueC9vlg0aApJSiD1UX0Qq9v6Lhn1COkRmPWl4Z03H=="
        buildConfigField("String", "CDP_API_KEY_ID", "\"c862cda6-1bd3-46ff-a0b2-fcb2d1697ef7\"")
        buildConfigField("String", "CDP_API_KEY_SECRET_TRUNCATED", "\"O5Lxxcoacs...\"")
        buildConfigField("String", "CDP_API_KEY_SECRET_EXAMPLE", "\"{{ secrets.CDP_API_KEY_SECRET }}\"")
        buildConfigField("String", "FROM_ENV", "\"${System.getenv("CDP_API_KEY_SECRET")}\"")
    }
}
