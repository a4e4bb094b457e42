# deploy helper
$env:ALGOLIA_ADMIN_KEY = "8d5892c57f09f716c39f180e4327ab7f"
$headers = @{ "Authorization" = "Bearer 00acba869e4067092776c694653f7e98" }
$algoliaSearchKey = "25e3bf090559c8fa46e630f5906858c8"
$algoliaAppId = "FWTHPBORY2"
$algoliaApiKey = $env:ALGOLIA_API_KEY
