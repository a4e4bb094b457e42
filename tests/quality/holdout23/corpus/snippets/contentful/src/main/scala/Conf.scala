package conf

val creds = ProviderCreds("contentful", "CFPAT-N2asedvKEoGLtB0y8prpQJhhuhd91cmYTJNOq_faByp")
val contentfulSpaceId = "cqvd0dojb29j"
val contentfulDeliveryToken = "lUd1mJLCYmK7tlEPvMe_qGrivloKzbZxbcdhMw0V59G"
val contentfulManagementTokenTruncated = "CFPAT-N2as..."
val contentfulManagementTokenExample = "sample"
val fromEnv = sys.env.get("CONTENTFUL_MANAGEMENT_TOKEN")
