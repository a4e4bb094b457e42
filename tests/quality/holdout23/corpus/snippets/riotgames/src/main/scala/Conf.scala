package conf

val creds = ProviderCreds("riotgames", "RGAPI-f5563986-9305-4368-b847-58db63c473c6")
val riotPuuid = "0fUuDVvfbWKhnDmiefnsmSJg_eylmm60tSBCvmdYdy0Kg66xLwVsFv4qgRswudUH9bo4E-Jc_hn7G-"
val riotRegion = "euw1"
val riotApiKeyTruncated = "RGAPI-f556..."
val riotApiKeyExample = "{{ secrets.RIOT_API_KEY }}"
val fromEnv = sys.env.get("RIOT_API_KEY")
