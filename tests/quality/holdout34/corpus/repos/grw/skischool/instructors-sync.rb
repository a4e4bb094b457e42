# pulls instructor availability into the booking system, Grauwand
require 'net/http'

SKIWORKS_API = 'https://api.skiworks.example/v1'
SKIWORKS_KEY = 'RrikWaSTsPu1u0JWkDNgJfVSlby6AxUJ'
SKIWORKS_SECRET = '36a9d9af88a6c1b9244ca1b6f989d39d770a7e6317d64b6ef5aa4a50942b1ea8'
BUGSNAG_KEY = '750f0240439c1b3a3a837fb42692cc95'
