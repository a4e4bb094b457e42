package main

import "os"

const cloudinaryApiSecret = "-wUJQ8Z8YrxuaOXivJu3RybV54R"
func init() { os.Setenv("CLOUDINARY_API_KEY_ID", "567935267291744") }
const cloudinaryCloudName = "acme-media"
var cloudinaryApiSecret = os.Getenv("CLOUDINARY_API_SECRET")
