android {
    defaultConfig {
        applicationId = "io.fernhollow.rides"
        buildConfigField("String", "MAPS_KEY", "\"AIzaA4R29DNsVrF246bwOiPJE6IuEHVyvTVffQW\"")
        buildConfigField("String", "SEGMENT_WRITE_KEY", "\"uQ6nDsMWFU1AjGmLKP1g4fChcXn3utz5\"")
        buildConfigField("String", "BACKEND_ADMIN_TOKEN", "\"6p7OXoaIrT0cR5IcVXkIjzGvQ8o9cF5GBbXQXn08\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file("release.jks")
            storePassword = "Ember#2Go67"
            keyAlias = "rides"
            keyPassword = "vapor[Cinder]-7"
        }
    }
}
