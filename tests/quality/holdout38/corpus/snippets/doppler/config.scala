object Settings {
  val dopplerToken = "dp.st.prd.uXe4ODDVSPY2TLMWaX7mgnuFStfr98NpKyv5Mt9FIy4"
  val dopplerTokenStaging = "<DOPPLER_TOKEN>"
}
