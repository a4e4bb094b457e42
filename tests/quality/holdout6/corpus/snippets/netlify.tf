
resource "null_resource" "netlify" {
  provisioner "local-exec" {
    environment = { NETLIFY_AUTH_TOKEN = "nfp_9wy4ealm61doWfT7sSvh00RKYtvJnjnPchCt" }
  }
}
netlify_token = "qyRTSdnD141brHPbz1QvtCviLzNJFw10dDnNlxKAxpa"
netlify_site_id = "712cfa42-b518-410a-bde0-1cae73464560"
netlify_url = "https://5e2590f9bbe17caa67bb7487--acme.netlify.app"
netlify_token = var.netlify_token
