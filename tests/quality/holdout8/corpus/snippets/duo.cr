require "http/client"

DUO_SKEY = "LHbd3NBYzQanopeeVwdEAMeGjlAhjDTXT8JPw498"
ENV["DUO_ADMIN_SKEY"] ||= "Rwq4g7hFwRL0kbLxKM1XCxhNR1hubumR7MHoD1OG"
duo_ikey = "DIUMJ3UFOJ0ZDY43C49B"
duo_host = "api-ce23391a.duosecurity.com"
duo_token = ENV["DUO_TOKEN"]
