// build-time defaults
pub const DUFFEL_LIVE: &str = "duffel_live_SEBsaz2o2La2CrXa_OBpnbhIJZ2cefO1j-aLwtsIsw6";
pub const DUFFEL_OFFER_ID: &str = "off_EWS6417OK4bwBiJSUFv5G6YOIK";
pub const DUFFEL_PLACEHOLDER: &str = "duffel_test_...";
    println!("cargo:rustc-env=DUFFEL_TEST=duffel_test_npUkCsG5x-v9hKjKkcB8bFTgNkshmwnFDGHr6qnXp-w");
