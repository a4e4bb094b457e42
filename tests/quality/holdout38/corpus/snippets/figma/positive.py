client = FigmaClient(api_key="figd_0zyT0NJ5lbJFKX5sPgEc37dqYTyZjZDYsxJKYV5H")
