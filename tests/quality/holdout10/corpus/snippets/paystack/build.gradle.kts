android {
    defaultConfig {
        buildConfigField("String", "PAYSTACK_LIVE", "\"sk_live_7bd8260114160db731971a248dd579f80ea47152\"")
        buildConfigField("String", "PAYSTACK_PUBLIC", "\"pk_live_d30bfad9df99baff9bda060af5959cba881b6af5\"")
        buildConfigField("String", "PAYSTACK_REFERENCE", "\"ref_c35juadwgaev\"")
        manifestPlaceholders["paystackTest"] = "sk_test_e7cd35a569f070f14a2bbce77654172af9964209"
    }
}
