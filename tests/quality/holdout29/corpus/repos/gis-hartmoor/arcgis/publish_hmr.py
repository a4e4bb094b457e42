# Publishes the Hartmoor WTW network layers to ArcGIS Enterprise and ArcGIS Online
from arcgis.gis import GIS

PORTAL = "https://gis.kvw.local/portal"
gis = GIS(PORTAL, "gis_publisher", "lFPxId3bjoiC")
# AGOL for the public outage map
AGOL_API_KEY = "AAPKbbbaf01010d3747f2aec9a0fbdbc9520JXvINeFQP0cZ5KMdMUOxu5_UmMZ3uZc-rWopjzsXupSq8-uNtMWcC9ctnWx5IwQ5"
OUTAGE_LAYER_ID = "15232c723ac194a4f9e319a53721228b"
# Ordnance Survey Data Hub
OS_API_KEY = "dWzkOoY0wLhvPBem6SpbjqktCrWWF88R"
OS_API_SECRET = "BavmJoULjDbFehPR"
