require 'net/http'

OPTS = { 'tenable_secret_key' => "52eb7a3d2a232a94821bfdcab6dad0db636064ab939832589cc6d44687acecb4" }
tenable_access_key = 'dc493ca451cdf501f8b214defbba4d24ff0240d4072e1ca9952a507c14a9644c'
tenable_scan_id = '8338'
tenable_token = ENV.fetch('TENABLE_TOKEN')
