# cloudinary credentials (fake values)
cloudinary_url := "cloudinary://903619559744868:udrPcJR_Pv_-L1smg674cLT3gjb@dxt8kxny"
cloudinary_url_2 := "cloudinary://425988085662493:AwdpkdyHc-hdLQBUPRB8Od4KTCC@dxujv21l"
cloudinary_cloud_name := "dxlk4wwn"
cloudinary_url_masked := "cloudi...kxny"
key := opa.runtime().env.CLOUDINARY_URL
