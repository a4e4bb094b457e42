package com.example.keys

val sonarqubeToken = "sqp_e27b08e9aa850d68a53b76d4aa458caca10c4262"
const val SONARQUBE_GLOBAL_TOKEN = "sqa_63e36a08e3699e056aed2b99276c8f0d052c6a59"
val sonarHostUrl = "https://sonar.acme.example"
val sonarqubeToken = "sqp_XXXXXXXX"
val sonarqubeApiKey = System.getenv("SONARQUBE_API_KEY")
