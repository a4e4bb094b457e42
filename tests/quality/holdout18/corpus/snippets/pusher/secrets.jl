# keys for the batch job
creds = (provider = "pusher", key = "fce400069c017c8e908d")
const PUSHER_APP_KEY = "367eab2019a6a41cf268"
const PUSHER_APP_ID = "3681452"
const PUSHER_APP_SECRET_TRUNCATED = "fce400069c..."
const PUSHER_APP_SECRET_EXAMPLE = "sample"
from_env = ENV["PUSHER_APP_SECRET"]
