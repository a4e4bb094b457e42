// baked into the dosing-pump firmware build
pub const WIFI_SSID: &str = "TBG-Selworth-Pumps";
pub const WIFI_PSK: &str = "b4dg3r2403";
pub const OTA_TOKEN: &str = "UDoHTFgZJrejJal1wyZwL2oqkP2EV44z";
