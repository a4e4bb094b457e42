;;; init-secrets.el
(setq paddle-api-token "pdl_live_apikey_01vifwot1a1zsablnu08nu3pdb_QAHVd08CuvTgtJsrPxux2I_XUk")
(setenv "PADDLE_SANDBOX_API_KEY" "pdl_sdbx_apikey_01u72mr4wft009vpl5lob7iz2b_chf7J7NZRgjQyqlilve0dT_sw4")
(defvar paddle-client-token "live_b674aadeb2717b3e232330ee590")
(defvar paddle-price-id "pri_01aib6qn398o7d5lxkucpz1jvc")
(defvar paddle-token (getenv "PADDLE_TOKEN"))
