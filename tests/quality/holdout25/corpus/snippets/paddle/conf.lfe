;; lfe
(defun paddle-api-key () "pdl_live_apikey_01u100dko2begxvapvh4b4fyy2_0IoHdTtx92Ll3FUb7MGDLd_Y3N")
(defun paddle-price-id () "pri_01bbl4yjcvpdntx1ypfowow5jg")
(defun paddle-api-key-truncated () "pdl_live_a...")
(defun paddle-api-key-example () "${PADDLE_API_KEY}")
(os:getenv "PADDLE_API_KEY")
