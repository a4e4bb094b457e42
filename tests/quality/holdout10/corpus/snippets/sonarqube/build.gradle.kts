android {
    defaultConfig {
        buildConfigField("String", "SONARQUBE_USER", "\"squ_f741941f10636a7162740cb3ba2901447c1824c4\"")
        buildConfigField("String", "SONARQUBE_PROJECT_KEY", "\"acme_api\"")
        buildConfigField("String", "SONARQUBE_HOST", "\"https://sonar.acme.example\"")
        buildConfigField("String", "SONAR_TOKEN_FROM_ENV", "\"${SONAR_TOKEN}\"")
        manifestPlaceholders["sonarqubeProject"] = "sqp_e81b80de662ff48ea0c16ef91a9c4fd0089afabb"
    }
}
