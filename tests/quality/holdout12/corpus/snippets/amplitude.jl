using HTTP

const AMPLITUDE_SECRET_KEY = "1af6723ff56eca645fe436d6582afe2d"
amplitude_secret_key_doc = "c655425a517ff452e74f487882c580d1"
amplitude_secret_key_doc = "<YOUR_AMPLITUDE_SECRET_KEY>"
key = ENV["AMPLITUDE_SECRET_KEY"]
