// build-time defaults
pub const PORTAINER_API_KEY: &str = "ptr_xPN3srTJ3lRQW30xPrXRuWOKz+TJ1Ksoofzx0hPBWDhj";
pub const PORTAINER_ENDPOINT_ID: &str = "7";
pub const PORTAINER_PLACEHOLDER: &str = "ptr_...";
