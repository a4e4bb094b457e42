// Vonage creds for the driver SMS fallback
const VONAGE_API_KEY: &str = "360d7b2d";
const VONAGE_API_SECRET: &str = concat!("tABXzJSmJEnHX57E");
pub const TWILIO_AUTH: (&str, &str) = ("AC0328b155744a75df5a0eee87a17f5278", "b0bda6a8dc464469ef94aeab675ab276");
