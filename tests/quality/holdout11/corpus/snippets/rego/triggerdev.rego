# triggerdev credentials (fake values)
trigger_secret_key := "tr_prod_sYLycpKh2MffIJUtUVuF"
resp := http.send({"method": "GET", "url": url, "headers": {"Authorization": "Bearer tr_stg_awxahq8comH53yBkonod"}})
triggerdev_project_ref := "proj_xtfc7e1csx9320pnisil"
trigger_secret_key_masked := "tr_pro...UVuF"
key := opa.runtime().env.TRIGGER_SECRET_KEY
