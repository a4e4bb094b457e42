android {
    defaultConfig {
        applicationId = "io.fernhollow.rides"
        buildConfigField("String", "MAPS_KEY", "\"AIzaK23jAjhOJJEMHKkjDdoYG4WB8FBmpQUF3AJ\"")
        buildConfigField("String", "SEGMENT_WRITE_KEY", "\"4OT8KWrdu323uo085de1tsb5PgXLbDQt\"")
        buildConfigField("String", "BACKEND_ADMIN_TOKEN", "\"H7bIlqtonQx0bkq1I1ag1g2m48BwKgI0zWjy6vWp\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file("release.jks")
            storePassword = "Harbor#Rules95"
            keyAlias = "rides"
            keyPassword = "fjord[Quarry]-4"
        }
    }
}
