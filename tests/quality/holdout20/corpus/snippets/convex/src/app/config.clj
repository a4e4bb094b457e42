(ns app.config)

(def convex-deploy-key "prod:lucky-otter-646|YuLj0BZZWDD-mFF8jHc8MOTdq3lVHOctDJIPgreGnc0gugcfW1B1JOHXFQBvx-wvku2XqDXkYEw8EbRf")
(def convex-deployment-url "https://calm-wren-330.convex.cloud")
(def convex-deploy-key-sha256 "3a8729bb773338a349872b591e99144205298cbb7e57a53dc571ef36762f71da")
(def convex-deploy-key-example "xxxxxxxxxxxxxxxxxxxxxxxx")
(def from-env (System/getenv "CONVEX_DEPLOY_KEY"))
