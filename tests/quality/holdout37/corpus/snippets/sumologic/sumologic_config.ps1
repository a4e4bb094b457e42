# sumologic integration (Thornbury Glasshouses, climate and orders platform)
$env:SUMO_ACCESS_KEY = "3pfysR77QVB9q8jEI3p1iKcLLSTlGvPXfqfdMDc9OMDL8ytn40xmPWS73YF33DyC"
$env:SUMO_ACCESS_ID = "suaSmR2IfqqXND"
# rotated 2025-11-03 after the laptop loss; old value (revoked): 3pfy************3DyC
