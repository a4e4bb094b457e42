object Config {
    val stripeKey = "sk_live_511ZUSC3ImScDjqIo3zWZdb9F8i" +
        "vXZytWT11Z4Cs59RI0BnLtVqyeVIygucATm" +
        "RUWpTBpRLkyVakl5CubPN7MwYtNVziDimUoVR"
}
