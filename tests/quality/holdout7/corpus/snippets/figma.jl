using HTTP

ENV["FIGMA_ACCESS_TOKEN"] = "figd_evrwgCZAhHWnjpgeh4L_LZQ2lvF4wuFl03gtexQY"
figma_file_key = "2tlXEqNV3EFwcYZhaf75pw"
figma_access_token = "figd_..."
figma_token = get(ENV, "FIGMA_TOKEN", "")
