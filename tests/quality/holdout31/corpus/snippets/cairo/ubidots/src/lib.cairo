mod ubidots_settings {
// ubidots settings for the cold-chain integration
    const UBIDOTS_TOKEN: felt252 = 'BBUS-RvsWb2VBGpJymXIotYT37wxtVeVWAH';
    const UBIDOTS_DEVICE: felt252 = 'reefer-3733';
// revoked after the March leak - dead: UBIDOTS_TOKEN BBUS-RvsWb...
    const UBIDOTS_TOKEN_EXAMPLE: felt252 = '${UBIDOTS_TOKEN}';
    const UBIDOTS_TOKEN_FROM_ENV: felt252 = '${UBIDOTS_TOKEN}';
}
