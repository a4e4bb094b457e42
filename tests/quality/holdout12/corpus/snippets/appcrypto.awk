BEGIN {
    cmd = "curl -s -H \"Authorization: Bearer OHLS3wvPx/3HcSi95PqkAae1QLEzDjndTFB59FsMBWj=\" https://api.example"
    app_encryption_key = "f54fb13ebac7da379f4c9427264d39338df47ad6d557899e8f484676a003ee5b"
    app_encryption_key_doc = "f394dcdfbabe9b0e58e0b4db54a2d7498d027df836cf8eb73a25e3df14ffdc77"
    app_encryption_key_doc = "changeme"
    app_encryption_key = ENVIRON["APP_ENCRYPTION_KEY"]
}
