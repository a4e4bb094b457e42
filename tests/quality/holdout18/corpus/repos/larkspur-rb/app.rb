require 'sinatra'
require 'twilio-ruby'

set :session_secret, 'e79797356308a2ae33fb2aee1fc382ed34faf280d6dcd04f3a63cc5b1c28ea7c'
client = Twilio::REST::Client.new('ACe9b88b67cdc3b563d716f59253a0efb5', '110bf7ca3b2f8cb7ee777cb894fd61f3')
TELEGRAM = Telegram::Bot::Client.new('8118591298:AAm8jeUUTo1CDMuRLty5qOEMAq-z2gWX3Eh')
