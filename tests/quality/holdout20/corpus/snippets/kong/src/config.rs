pub const KONNECT_TOKEN: &str = "kpat_RiS5fR4PmZ2PbidAySevM2cM5T1omNPLMe9WEX99k16dby";
let client = Client { base: "https://api.kong.com", key: "spat_DO6dyOJEZFrT81ES98yznvrtgqoiSFLRDSTYVRVo9ulfQs" };
pub const KONNECT_CONTROL_PLANE_ID: &str = "b81e1955-52d8-403b-bc74-1808101c4cc1";
pub const KONNECT_TOKEN_MASKED: &str = "kpat************6dby";
pub const KONNECT_TOKEN_EXAMPLE: &str = "YOUR_KONNECT_TOKEN_HERE";
let from_env = std::env::var("KONNECT_TOKEN").ok();
