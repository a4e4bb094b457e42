// Dock controller firmware: provisioning constants
pub const WIFI_SSID: &str = "BBS-DOCKS";
pub const WIFI_PSK: &str = "k~ggr06ENN6lQPSM!0=V";
pub const OTA_SIGNING_PUBKEY: &str = "2a73ea2a8d3165c50fb05f8743cc7933e8911638cb426c05635e0853e81e8922";
pub const TELEMETRY_TOKEN: &str = "Zy7wi7hDPRQWUg82zgJmME0mTUY6uwEf";
