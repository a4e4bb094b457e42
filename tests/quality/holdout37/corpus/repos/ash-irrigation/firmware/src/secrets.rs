// baked into the dosing-pump firmware build
pub const WIFI_SSID: &str = "TBG-Ashcombe-Pumps";
pub const WIFI_PSK: &str = "Marigold1991!";
pub const OTA_TOKEN: &str = "O65X5i24ALIywWPQfsLLLwdd0AgysYRF";
