<?hh

const string ALCHEMY_API_KEY = "mQchSVPZWTUkfehBheLRSO9yF0UFcAfY";
const string ALCHEMY_NETWORK = "eth-mainnet";
const string ALCHEMY_API_KEY_MASKED = "mQch************cAfY";
const string ALCHEMY_API_KEY_EXAMPLE = "<ALCHEMY_API_KEY>";
$from_env = \getenv("ALCHEMY_API_KEY");
