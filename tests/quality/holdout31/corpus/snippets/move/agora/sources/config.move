module 0xC01D::agora_cfg {
// agora settings for the cold-chain integration
    const AGORA_APP_CERTIFICATE: vector<u8> = b"0f3c41437441147ed6230ca66acb766d";
    const AGORA_APP_ID: vector<u8> = b"115b464c02e66db6a7f18a9acfa63959";
// rotated 2026-03, no longer valid: AGORA_APP_CERTIFICATE 0f3c************766d
    const AGORA_APP_CERTIFICATE_EXAMPLE: vector<u8> = b"<AGORA_APP_CERTIFICATE>";
    const AGORA_APP_CERTIFICATE_FROM_ENV: vector<u8> = b"${AGORA_APP_CERTIFICATE}";
}
