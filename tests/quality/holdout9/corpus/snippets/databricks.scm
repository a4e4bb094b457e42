;; guile init

(define config '((databricks-token . "dapie14f0d30554f3bc117adf350a0e334fc")))
(setenv "DATABRICKS_TOKEN_2" "dapi838351caceb6c7f5154d846699d22b08-2")
(define databricks-host "https://adb-8900503223164548.3.azuredatabricks.net")
(define databricks-cluster-id "1594-807559-8i53i3fq")
(define databricks-token (getenv "DATABRICKS_TOKEN"))
