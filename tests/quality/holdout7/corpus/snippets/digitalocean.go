package config

var Default = Config{APIKey: "dop_v1_d26944ff770e4b9447a3d54ec6390bf61189639e35aeeb95210ef2a83fdf6a0b", Timeout: 30}
const doOauthToken = "doo_v1_29872400c49b5539ac5ba7b4b87113c16fdf5924754ec21ef66b01d4921da2e0"
const digitaloceanAccessToken = "dop_v1_0000000000000000000000000000000000000000000000000000000000000000"
const doDropletId = "226407959"
var digitaloceanToken = os.Getenv("DIGITALOCEAN_TOKEN")
