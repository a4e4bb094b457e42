plugins { id("com.android.application") }
android {
  defaultConfig {
    manifestPlaceholders["auth"] = "cQB7fdE3dZBYcslMbQmnc4SVugsIXjch"
    buildConfigField("String", "OVH_CONSUMER_KEY", "\"yavpr5VJFt0rC3clpX1BYLWv4Ghb6dPZ\"")
    buildConfigField("String", "OVH_APPLICATION_KEY", "\"PElxvrPvM7SkRmnn\"")
    buildConfigField("String", "OVH_APPLICATION_SECRET_MASKED", "\"l501Pc************Xj3x\"")
    buildConfigField("String", "OVH_APPLICATION_SECRET_EXAMPLE", "\"TODO\"")
    buildConfigField("String", "FROM_ENV", "\"${System.getenv("OVH_APPLICATION_SECRET")}\"")
  }
}
