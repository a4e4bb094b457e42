android {
    namespace = "dev.osprey.app"
    defaultConfig {
        applicationId = "dev.osprey.app"
        buildConfigField("String", "MAPS_API_KEY", "\"AIzatbkJuX4nAzVvEJCsYhiXmJ2Dij9ZKNtclQi\"")
        buildConfigField("String", "REVENUECAT_PUBLIC_KEY", "\"goog_g1J6qSntrXYajKEYQRtd5WICze1\"")
    }
    signingConfigs {
        create("release") {
            storePassword = "harbor-lantern-otter-104"
            keyPassword = "walnut-tundra-pickle-387"
        }
    }
}
