package conf

val creds = ProviderCreds("mollie", "live_ZcObijYawPL8GJ5Aa2FfDusQTNc1kn")
val mollieAccessToken = "access_tZ1Yhjki0LQhN1BWGmZkHRIPLM75Zn1erQMg0LTZ"
val mollieProfileId = "pfl_816WihGBwe"
val molliePaymentId = "tr_nRGyvXZgTp"
val mollieApiKeyTruncated = "live_ZcObi..."
val mollieApiKeyExample = "{{ secrets.MOLLIE_API_KEY }}"
val fromEnv = sys.env.get("MOLLIE_API_KEY")
