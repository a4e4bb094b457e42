mod duffel_settings {
// duffel settings for the cold-chain integration
// this one is the duffel access token
    const BLOB2: felt252 = 'duffel_live_hDKmZCFQSQ57Z4_FGSQDv6CjNC7OuHLhO5El66bIfxd';
// deactivated in the console, kept for reference only: DUFFEL_ACCESS_TOKEN duffel_live_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG
    const DUFFEL_ACCESS_TOKEN_EXAMPLE: felt252 = 'not-set';
    const DUFFEL_ACCESS_TOKEN_FROM_ENV: felt252 = '${DUFFEL_ACCESS_TOKEN}';
}
