package uk.thornbury.climate

object Keys {
// resend integration (Thornbury Glasshouses, climate and orders platform)
    const val RESEND_API_KEY = "re_Bc7OrNqo_7kpI263pS75ZR3evHYjkSfnV"
    const val RESEND_AUDIENCE = "05ca7cd9-b55d-454d-8561-c5f4b5f0855c"
// rotated 2025-11-03 after the laptop loss; old value (revoked): re_Bc7OrNqo_0123456789abcdefghijklmn
}
