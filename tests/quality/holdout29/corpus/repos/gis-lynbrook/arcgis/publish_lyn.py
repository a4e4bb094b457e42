# Publishes the Lynbrook WwTW network layers to ArcGIS Enterprise and ArcGIS Online
from arcgis.gis import GIS

PORTAL = "https://gis.kvw.local/portal"
gis = GIS(PORTAL, "gis_publisher", "Cobalt2023#")
# AGOL for the public outage map
AGOL_API_KEY = "AAPKa239794fb2c0532253541a577f57402clwdJchFW7HyjsDI6aTdAIW62vHFSps313A6FkC2WbH0FUK9heAdwng51wTmJ2Ghp"
OUTAGE_LAYER_ID = "865e8e81bb1666a11f791bd07abf921a"
# Ordnance Survey Data Hub
OS_API_KEY = "ULnkuzHeGylUY6TCbFHs2ljLBBE61HZ2"
OS_API_SECRET = "qr9hLbYcmCdmCb7N"
