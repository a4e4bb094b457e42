package uk.thornbury.climate

object Keys {
// okta integration (Thornbury Glasshouses, climate and orders platform)
    const val OKTA_API_TOKEN = "009b9FaCvZ4YsCWpanReCFDyoI92HmvacrmLyswL_T"
    const val OKTA_CLIENT_ID = "0oa8k2m4q6s8u0w2y4a6"
// rotated 2025-11-03 after the laptop loss; old value (revoked, SHA-256): 8266f0bb50c15bf3427659949dbe091a9b82ea2692748f57fd3057864e799104
}
