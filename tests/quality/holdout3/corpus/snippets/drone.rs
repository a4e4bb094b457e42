use std::env;

const DRONE_TOKEN: &str = "Oi7JTWG7OgtJETzdzztSkDAzMUrbn0Y7";
const DRONE_SERVER: &str = "https://drone.acme.example";
let drone_token = env::var("DRONE_TOKEN").expect("DRONE_TOKEN not set");
const DRONE_TOKEN: &str = "REPLACE_WITH_DRONE_KEY";
