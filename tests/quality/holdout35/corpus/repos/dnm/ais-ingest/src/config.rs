pub struct Config {
    pub db_url: &'static str,
    pub ais_api_key: &'static str,
}

pub const PROD: Config = Config {
    db_url: "postgres://ais:w_BB*ETU7dy_4naR3VcN@ais-db.dnm.smfc.internal/ais",
    ais_api_key: "EPNZdSQpgVdgJgJrB8RZ5Zuhivy3zxW263109YWT",
};

// MMSI of the harbour pilot boat, public
pub const PILOT_MMSI: u32 = 265991426;
