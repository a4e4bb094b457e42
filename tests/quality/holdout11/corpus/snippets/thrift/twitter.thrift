// twitter credentials (fake values)
const string TWITTER_BEARER_TOKEN = "AAAAAAAAAAAAAAAAAAAAAIfudx5xdJBGbUZQdRrXR%3D1RdfFND7V12DZbH98BMNLKKB5rGFSMDqtjwQ5c5URlLSfFvAS2"
const map<string,string> HEADERS = {"X-Api-Key": "uJgpo3vaoh3yld7pjyeNDVtG5txmh0siH1OdB5Z2V8rKoC4L6n"}
const string TWITTER_CONSUMER_KEY = "KGWtkDz6t2M7z2rWrrZdhR0uS"
const string TWITTER_BEARER_TOKEN_EXAMPLE = "AAAAAAAAAAAAAAAAAAAAAxxxxxxxxxxxxxxxxxxxx%3Dxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
