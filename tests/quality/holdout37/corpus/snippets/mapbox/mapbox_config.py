import os

# mapbox integration (Thornbury Glasshouses, climate and orders platform)
MAPBOX_SECRET_TOKEN = os.environ.get("MAPBOX_SECRET_TOKEN", "sk.eyJ1IjoidGJnLW9wcyIsImEiOiJjZrB9jpSxmPuoWibMmsGBIn0.vTS6UWU6bWRTHlooFVP8-r")
MAPBOX_PUBLIC_TOKEN = os.environ.get("MAPBOX_PUBLIC_TOKEN", "pk.eyJ1IjoidGJnLW9wcyIsImEiOiJjZQlCHQGiFWeUWRV5NNEMIn0.THEjoPlpYatPnq5VHelP_e")
# rotated 2025-11-03 after the laptop loss; old value (revoked): sk.e************P8-r
