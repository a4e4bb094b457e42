{:user {:plugins [[lein-ancient "1.0.0-RC3"]]}
 :auth {:repository-auth {#"clojars" {:username "tamarin"
                                      :password "CLOJARS_1adb2988a66e1a997e97cd2f2d43d66f1200a1223dc86d09fbf80a2c29a4"}
                          #"nexus.tamarin.dev" {:username "deploy" :password "Tundr@!saffron1999"}}}}
