plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "test.riverbend.field"
    compileSdk = 35
    defaultConfig {
        applicationId = "test.riverbend.field"
        minSdk = 26
        targetSdk = 35
        versionCode = 412
        versionName = "4.12.0"
        buildConfigField("String", "ONESIGNAL_APP_ID", "\"5b001b56-0ff5-4c71-ba7c-2930ef90ad40\"")
        buildConfigField("String", "AMPLITUDE_API_KEY", "\"802a2ce5d01ab4c02b267f4471f27867\"")
        buildConfigField("String", "AGORA_APP_ID", "\"d31174d61cd5bf540d38de949fd87ef6\"")
        buildConfigField("String", "AGORA_APP_CERTIFICATE", "\"1bb408c5c22d3648d6a9fa4a1381d9aa\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file("../keys/release.jks")
            storePassword = "Walnut*sierra20"
            keyAlias = "field"
            keyPassword = "Velvet*cobalt517"
        }
    }
}
