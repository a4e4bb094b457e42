import std/os

const twitterBearerToken* = "AAAAAAAAAAAAAAAAAAAAAAWM7tpgke70lXBxkRcRH5Q9pA%2F6k9VLa4w%3DFGyQp74pkJeCZAXVEd1sd2qQscApkze3vP5jjVUEdqi9PH6UEb"
let creds = {"twitter": "8n51xYj4xMXBFL52EtiILriXUayRi9TbqLuPp29LAqRzW9Z5ii"}.toTable
const twitterConsumerKey* = "jgzglbPCYje3hPsitI8uzF4oN"
const twitterUserId* = "3226380980067169234"
const twitterBearerTokenSha256* = "a9aaed279756d660856c1a4f23f6799c7dc5df9e6d583e42448c32395405ce9b"
const twitterBearerTokenExample* = "xxxxxxxxxxxxxxxxxxxxxxxx"
let fromEnv = getEnv("TWITTER_BEARER_TOKEN")
