{:dev {:env {:database-url "postgresql://billing:haYAJBWrIpN3x.tG@localhost:5432/billing_dev"
             :stripe-secret-key "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"
             :stripe-publishable-key "pk_live_51er1Y0uAWvRXmbUfGYjMYMu9MBzkgYsErxnP7H2ybQhhZjBYzaJtQKk8aPpRdstSl7yO5NiQMeYIpfW4zshx5HMQqO35g9m0Ev"
             :postmark-server-token "e5797ec3-eae5-4c3d-a447-62ed1d3a9d98"}}
 :user {:plugins [[lein-ancient "1.0.0-RC3"]]}
 :auth {:repository-auth {#"clojars" {:username "acme-ci"
                                      :password "CLOJARS_f8c69e1afae918dc3745535a7c2399ee6bbce9cb6570ec17a3272785939f"}
                          #"nexus" {:username "deploy" :password "DQCkHBY1ujy5nZ9-zS"}}}}
