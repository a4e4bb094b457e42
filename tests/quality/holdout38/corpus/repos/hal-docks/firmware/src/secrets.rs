// Dock controller firmware: provisioning constants
pub const WIFI_SSID: &str = "BBS-DOCKS";
pub const WIFI_PSK: &str = "FLxL.c64S8D=bSuayhOf";
pub const OTA_SIGNING_PUBKEY: &str = "9979264b9524de079060ada6f03c33d911fe55e23277dcee0ce9e9b2f2fa8915";
pub const TELEMETRY_TOKEN: &str = "3be7Rk1qMuIIMzDXLK4LiAVSZFFKe8wk";
