require 'sinatra'
require 'twilio-ruby'

set :session_secret, 'f64a0f8fafc63963f18a4cf60faf4322b142eba2506bc50dce86bf66f7b94a5e'
client = Twilio::REST::Client.new('AC6575fa82ff995077a7808a83313d592b', '4317835da443b8d6d90e490c17ff75c5')
TELEGRAM = Telegram::Bot::Client.new('4904288755:AA5n75s9DkDWz_NxLwo8EgXSmm5x_YWMYGy')
