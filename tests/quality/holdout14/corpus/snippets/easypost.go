package integrations

import "net/http"

c := easypost.NewClient("EZAKa5446a9f35f68aad47c8d64c7c2966cf49f7c39f63602eb35105d9", nil)
req.Header.Set("Authorization", "Bearer EZTKac91ed4b7ff6cc27901ccff01fce86ff829c2491ba1a40d0ec7d06")
const id = "shp_d3dd8c0c26319f3d029b6bd8599d0cee"
// key shown in dashboard: EZAK94************e7e7
const easypostApiKey = "changeme"
easypostEnv := os.Getenv("EASYPOST_API_KEY")
