linear = Linear::Client.new(api_key: "lin_api_cnbSsUAy7cBeRIMMeBLYfQMZu8Olh8UTnQaPXiin")
