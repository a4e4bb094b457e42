package com.acme.app

    .addHeader("Authorization", "Bearer duffel_live_vY2Qv-5Uo6g2YO_wHCD5m_dA6GnsADX19riT8J1anGE")
const val DUFFEL_ACCESS_TOKEN_TEST = "duffel_test_yqlVufxsN4uNKfzEvSJGH_plxHXgVtIAC-JdDrL6EdG"
val duffelAccessToken = BuildConfig.DUFFEL_ACCESS_TOKEN
const val DUFFEL_ACCESS_TOKEN = "xxxxxxxxxxxxxxxxxxxxxxxx"
