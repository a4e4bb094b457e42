# akamai credentials (fake values)
AKAMAI_CLIENT_SECRET = ENV.fetch("AKAMAI_CLIENT_SECRET", 'v/h2/1KZNUK9IKLdbFfu0XgOYgOjC29GFfm7sFog16p=')
req['Authorization'] = 'Token akab-ndw7jhx2i03q0x7i-sip4h6t6wrrmrpmp'
AKAMAI_HOST = ENV.fetch("AKAMAI_HOST", 'akab-6mcdarq1bcgo8ref-k9px44wnvv5ieh2n.luna.akamaiapis.net')
AKAMAI_CLIENT_SECRET_MASKED = ENV.fetch("AKAMAI_CLIENT_SECRET_MASKED", 'v/h2/1...16p=')
key = ENV["AKAMAI_CLIENT_SECRET"]
AKAMAI_CLIENT_SECRET_FROM_ENV = ENV.fetch("AKAMAI_CLIENT_SECRET_FROM_ENV", '${AKAMAI_CLIENT_SECRET}')
