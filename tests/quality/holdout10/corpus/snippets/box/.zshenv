# ~/.zshenv
export BOX_CLIENT_SECRET="Sc002nyYcKgdTn6LvFA2TaDAaeWr7ybV"
export BOX_CLIENT_ID="ad0ur36ve8ku4221y2p3r9jiibwpcajf"
export BOX_ENTERPRISE_ID="617290970"
typeset -gx BOX_DEVELOPER_TOKEN='WoSBBlHLVcSGmY3v0AUzP9IElHe7fgco'
