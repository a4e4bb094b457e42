use std::env;

const NUGET_API_KEY: &str = "oy25i50iy8alcmb2mv65vvzg7b4pcj4ryo004f1ce0hvqf";
let req = client.get(url).bearer_auth("oy2kj23nea31uwczlmo46s9y09bzwbxaejwwa1xvmqr6ac");
// e.g. "YhUa5eTc+Ulz9ywiGrtB2lfNZ68xXsS0kM8btTFUMexxN3z91B5PzRaY4jAd/zPLBn8zs+BQYpdsPYgrQ6WRz7=="
// e.g. "oy25m3********************"
// e.g. "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
let key = env::var("NUGET_API_KEY")?;
