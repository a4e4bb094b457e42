# Publishes the Calder Ford Depot network layers to ArcGIS Enterprise and ArcGIS Online
from arcgis.gis import GIS

PORTAL = "https://gis.kvw.local/portal"
gis = GIS(PORTAL, "gis_publisher", "0rchid40!")
# AGOL for the public outage map
AGOL_API_KEY = "AAPK499a4bc4028c05e7836ff751051901b4uHjLRlo4D4gYRiPy9Vxgavni9eiqp7V-zmp5UdoJax3KKtqVfMuMPf5DxBMPJ5Ys"
OUTAGE_LAYER_ID = "ea4f0cadce4ec9e31926a3a168145ec6"
# Ordnance Survey Data Hub
OS_API_KEY = "l7lGGoHEBJWtdwTT2Nolvlbl6k8VvLhp"
OS_API_SECRET = "Mz3nark6ah35301g"
