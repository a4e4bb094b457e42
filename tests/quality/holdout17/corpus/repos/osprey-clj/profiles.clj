{:user {:plugins [[lein-ancient "1.0.0-RC3"]]}
 :auth {:repository-auth {#"clojars" {:username "osprey"
                                      :password "CLOJARS_571c53fe2d932da24923cc2d5ca6ac4a75f4d21cebcac16504ce16a15efe"}
                          #"nexus.osprey.dev" {:username "deploy" :password "Gl@cier_saffron2004"}}}}
