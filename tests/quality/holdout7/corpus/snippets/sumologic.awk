#!/usr/bin/awk -f
BEGIN { sumo_access_key = "vN4rdO2gIFhNvGx5YcK69tmfpFW2HBkLZ24TqJwjklwmIzJlkmIM7FQtxuxqmQ7f" }
BEGIN { sumo_access_id = "suxToZ69FTxDA9" }
BEGIN { sumo_api_endpoint = "https://api.us2.sumologic.com/api/" }
BEGIN { sumo_token = ENVIRON["SUMO_TOKEN"] }
