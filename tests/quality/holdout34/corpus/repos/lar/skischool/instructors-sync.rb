# pulls instructor availability into the booking system, Laerchtal
require 'net/http'

SKIWORKS_API = 'https://api.skiworks.example/v1'
SKIWORKS_KEY = 'EqY4svLFAJtUoyweCbKc7i9TIDv3tZff'
SKIWORKS_SECRET = '26db64edd091aceaad22a1d2343e3610b7ca79a7fdc39f40b1b38fdf0b7680ba'
BUGSNAG_KEY = '9cc2e981bb908605746ddc62511cd685'
