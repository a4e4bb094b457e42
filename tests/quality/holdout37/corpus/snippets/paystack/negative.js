const paystackPublicKey = 'pk_live_4b7e2c9d1f3a5b8c0e2d4f6a8b1c3e5d7f9a0b2c';
const sha256OfOldPaystackSecretKey = 'baf7299eb4c8266e5afb1c8fb64e237016b3d996699c4461c67d45a693a41e04';
const paystackSecretKey = 'paste-your-key';
