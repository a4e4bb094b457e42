# rubygems integration (Thornbury Glasshouses, climate and orders platform)
$env:GEM_HOST_API_KEY = "rubygems_a3db54c9f9c7000d47e2b3e7e5590221e57c317217b75692"
$env:GEM_NAME = "tbg-climate-client"
# rotated 2025-11-03 after the laptop loss; old value (revoked): rubygems_a...
