# pulls instructor availability into the booking system, Grauwand
require 'net/http'

SKIWORKS_API = 'https://api.skiworks.example/v1'
SKIWORKS_KEY = '10pLfmBFFYECFpd6FZrsWPWzMPApsMjK'
SKIWORKS_SECRET = 'c6036e2650be981bd4525585ef8b4625474c829b76f0d65c1d838097e7914f0e'
BUGSNAG_KEY = 'f7c176a6cd607cda2cd0556d91c15e62'
