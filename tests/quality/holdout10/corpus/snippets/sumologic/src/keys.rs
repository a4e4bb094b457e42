// build-time defaults
pub const SUMO_ACCESS_KEY: &str = "CZZ9Q0Pkf2jh5iFUbTNMywfDEiOpyjrHk5QlHPbo7lrXNJYd95GbSYL2qTpioxbP";
pub const SUMOLOGIC_ACCESS_ID: &str = "suioZvreld4Tv5";
pub const SUMOLOGIC_COLLECTOR: &str = "https://endpoint0.collection.sumologic.com/receiver/v1/http/";
pub const SUMO_ACCESS_KEY_FROM_ENV: &str = "${SUMO_ACCESS_KEY}";
