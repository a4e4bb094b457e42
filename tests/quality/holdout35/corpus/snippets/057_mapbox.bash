# mapbox integration (fixture for the config loader)
export MAPBOX_SECRET_TOKEN='sk.eyJ1IjoiY29vcGZpc2giLCJhIjoicdhPwq7JC3atShprFCJX6yYxxIn0.4a1hnmYOo0z0QuqzpjjJsJ'
export MAPBOX_PUBLIC_TOKEN='pk.eyJ1IjoiY29vcGZpc2giLCJhIjoiD6FBkSN07eX7QzIp-vuozSlXGIn0.aO4vuNmjgyz79N3fKXlNLQ'
# rotated on 2025-10-04, old value sk.eyJ1Ijo... (revoked)
