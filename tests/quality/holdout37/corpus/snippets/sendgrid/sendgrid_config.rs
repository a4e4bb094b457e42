// sendgrid integration (Thornbury Glasshouses, climate and orders platform)
pub const SENDGRID_API_KEY: &str = "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";
pub const TEMPLATE_ID: &str = "d-4f8e2b1c9a7d4e6f8b0c2a4e6f8b0c2d";
// rotated 2025-11-03 after the laptop loss; old value (revoked, SHA-256): 927ea85c56a42d8d0a8e95256f041adc8d35112440b34fb593a9320ff4042f8f
