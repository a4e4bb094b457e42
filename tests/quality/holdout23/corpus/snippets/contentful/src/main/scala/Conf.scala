package conf

val creds = ProviderCreds("contentful", "CFPAT-1mJLCYmK7tlEPvMe_qGrivloKzbZxbcdhMw0V59Gk3W")
val contentfulSpaceId = "l94rpicy1kyj"
val contentfulDeliveryToken = "UYKthM6lGhWrjVe3ex1bQJz5r4GGbP-wEzbmtd2YX-N"
val contentfulManagementTokenTruncated = "CFPAT-1mJL..."
val contentfulManagementTokenExample = "sample"
val fromEnv = sys.env.get("CONTENTFUL_MANAGEMENT_TOKEN")
