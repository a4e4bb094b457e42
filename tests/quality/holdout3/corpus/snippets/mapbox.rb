# frozen_string_literal: true

ENV.fetch("MAPBOX_SECRET_TOKEN", "sk.eyJ1Ijoivz7m8mkiHAvUkkNS3AWAh6_9XqOymICFuCduSggX.j1GgoULarjyHQ5n_yoiFqX")
MAPBOX_PUBLISHABLE = "pk.eyJ1IjoiLG1dY9gRGNHlicdBj2vgxNLke82ZpsvR7DKAYBVB.rHnnoSiIaYQtoZF0tooAyt"
MAPBOX_SECRET_TOKEN = ENV["MAPBOX_SECRET_TOKEN"]
ENV.fetch("MAPBOX_SECRET_TOKEN", "your-MAPBOX-api-key")
