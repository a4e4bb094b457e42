BEGIN {
    cmd = "curl -s -H \"Authorization: Bearer dTFB59FsMBWj+WR+vEN6uoyc1oOcl8RymSIdIYS1PnO=\" https://api.example"
    app_encryption_key = "38df47ad6d557899e8f484676a003ee5bf394dcdfbabe9b0e58e0b4db54a2d74"
    app_encryption_key_doc = "98d027df836cf8eb73a25e3df14ffdc777e9d83cca1620825731f78080db60aa"
    app_encryption_key_doc = "changeme"
    app_encryption_key = ENVIRON["APP_ENCRYPTION_KEY"]
}
