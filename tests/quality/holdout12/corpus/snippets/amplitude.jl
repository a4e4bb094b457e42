using HTTP

const AMPLITUDE_SECRET_KEY = "2dc655425a517ff452e74f487882c580"
amplitude_secret_key_doc = "d1e46d510034c962e25925c0a043208b"
amplitude_secret_key_doc = "<YOUR_AMPLITUDE_SECRET_KEY>"
key = ENV["AMPLITUDE_SECRET_KEY"]
