package conf

val creds = ProviderCreds("riotgames", "RGAPI-73c6dd1b-57b5-40c9-8373-211343b81f16")
val riotPuuid = "mm60tSBCvmdYdy0Kg66xLwVsFv4qgRswudUH9bo4E-Jc_hn7G-7NxmRx_vi4PlmYzmYjTRx9EbbJe4"
val riotRegion = "euw1"
val riotApiKeyTruncated = "RGAPI-73c6..."
val riotApiKeyExample = "{{ secrets.RIOT_API_KEY }}"
val fromEnv = sys.env.get("RIOT_API_KEY")
