(defproject bwl/route-api "0.9.0"
  :profiles {:prod {:env {
    :influx-token "uRfG55zB_P7SyiJqcpFSd-e949SxDDIP84jpj4dbobghFpcVfVdkgdn6ZwIJ2g-hv6Iy8RY3AiqPhfpFe4iynw=="
    :influx-org-id "95589bad7eaed7e9"
    :influx-token-sequential "uRfG55zB_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefg"
    :influx-token-example "changeme"
    :influx-token-from #env INFLUX_TOKEN
  }}})
