cloudflare = Cloudflare::Client.new(api_key: "B26U2UXlnW98wOz2pkPFjmOjxxiumResngIA4U_s")
