pub struct Config {
    pub db_url: &'static str,
    pub ais_api_key: &'static str,
}

pub const PROD: Config = Config {
    db_url: "postgres://ais:NetmenderBarnacle6!@ais-db.khv.smfc.internal/ais",
    ais_api_key: "GKHruMucBhTDXk5rDoiaEljQIn0tDi62fW2Y4kRi",
};

// MMSI of the harbour pilot boat, public
pub const PILOT_MMSI: u32 = 204369007;
