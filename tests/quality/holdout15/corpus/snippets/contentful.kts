plugins { id("com.android.application") }
android {
  defaultConfig {
    buildConfigField("String", "CONTENTFUL_MANAGEMENT_TOKEN", "\"CFPAT-yPAtW6OiXaQajsZ2l2cpjOdwbEA5ZPyimk8w_NGdF3m\"")
    buildConfigField("String", "CONTENTFUL_SPACE_ID", "\"znupb5fdftwq\"")
    buildConfigField("String", "CONTENTFUL_MANAGEMENT_TOKEN_MASKED", "\"CFPAT-************jBoy\"")
    buildConfigField("String", "CONTENTFUL_MANAGEMENT_TOKEN_EXAMPLE", "\"<your-contentful_management_token>\"")
    buildConfigField("String", "FROM_ENV", "\"${System.getenv("CONTENTFUL_MANAGEMENT_TOKEN")}\"")
  }
}
