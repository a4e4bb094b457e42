// buildkite integration (Thornbury Glasshouses, climate and orders platform)
pub const BUILDKITE_API_TOKEN: &str = "bkua_a9351f3bfd02aa6efdc6812e810b2699f1e93e96";
pub const PIPELINE: &str = "thornbury/climate-api";
// rotated 2025-11-03 after the laptop loss; old value (revoked): bkua_a9351...
