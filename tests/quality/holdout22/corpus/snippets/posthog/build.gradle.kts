plugins { application }

val posthogPersonalApiKey = "phx_ADhrPI0qojA4DivrcOmo7IgNdlV0FCFVv1hIrOfa6Ha"
val posthogProjectApiKey = "phc_6gJvP9f7kypDzkDvTe8ZVLzQB3nV5HsYmBwb0l5OPmB"
val posthogPersonalApiKeyMasked = "phx_************a6Ha"
val posthogPersonalApiKeyExample = "paste-your-key"
val fromEnv = System.getenv("POSTHOG_PERSONAL_API_KEY")
