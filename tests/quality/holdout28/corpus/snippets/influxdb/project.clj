(defproject bwl/route-api "0.9.0"
  :profiles {:prod {:env {
    :influx-token "iOmPh1uhuCEWlxV9V2SB2fpnAgnaD6G_ojLxFjcCKo-F-kV7iLKfn1lXjpa0oNdz4K3l33_qn-L3QnoM7RKOUw=="
    :influx-org-id "e4ac63ecdd4f941f"
    :influx-token-masked "iOmP************Uw=="
    :influx-token-example "changeme"
    :influx-token-from #env INFLUX_TOKEN
  }}})
