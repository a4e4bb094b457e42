using HTTP, JSON3

creds = Dict("fastly_api_token" => "XtgVZyqJ1bU9KIX-_kuFPT3DJFUi4tVI")
fastly_api_key = get(ENV, "FASTLY_API_KEY", "PKAvsudYPZ5zkMNkSq6j2neO7zHXz1da")
fastly_service_id = "a50XPiqPpnAbB02GfX6Xl6"
fastly_api_token = "<FASTLY_API_TOKEN>"
fastly_token = ENV["FASTLY_TOKEN"]
