use std::env;

const ETHEREUM_API_KEY: &str = "h8JGY83M2BeKzEOFSCClUfgge8Wd6AZBYnYX";
let req = client.get(url).bearer_auth("VkvOgdnt7zxgxD9zHLsDbBKuyuCkL0R9N3Bk");
// e.g. "51i6nbyci2qv"
// e.g. "7VRl15********************"
// e.g. "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
let key = env::var("ETHEREUM_API_KEY")?;
