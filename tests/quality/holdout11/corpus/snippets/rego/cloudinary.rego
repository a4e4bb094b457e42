# cloudinary credentials (fake values)
cloudinary_url := "cloudinary://656419636436079:gBYiRU9GG0udrPcJR_Pv_-L1smg@dx33792b"
cloudinary_url_2 := "cloudinary://456010482536425:dVYZtNFAwdpkdyHc-hdLQBUPRB8@dxub2s6w"
cloudinary_cloud_name := "dxo9oujv"
cloudinary_url_masked := "cloudi...792b"
key := opa.runtime().env.CLOUDINARY_URL
