android {
    namespace = "dev.tamarin.app"
    defaultConfig {
        applicationId = "dev.tamarin.app"
        buildConfigField("String", "MAPS_API_KEY", "\"AIzaB6yoXi-dOMpWTo_gJbaw3_srQNTHaKGPV2x\"")
        buildConfigField("String", "REVENUECAT_PUBLIC_KEY", "\"goog_HM0lbEsq9J9zr3EZxgUhhcBz6oi\"")
    }
    signingConfigs {
        create("release") {
            storePassword = "Me@d0w.marble2011"
            keyPassword = "MeadowWalnut10!"
        }
    }
}
