// postman integration (Thornbury Glasshouses, climate and orders platform)
pub const POSTMAN_API_KEY: &str = "PMAK-2633898cb46ea10a57f7f867-79e06727fb92f70e34d2fa46c7dc280369";
pub const COLLECTION_UID: &str = "24117733-5b8e0c2f-7d1a-4e39-9c6b-1f2e3d4c5b6a";
// rotated 2025-11-03 after the laptop loss; old value (revoked): PMAK-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVW
