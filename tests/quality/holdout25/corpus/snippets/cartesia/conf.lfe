;; lfe
(defun cartesia-api-key () "sk_car_EEkalEP9yusagbl2pvNsGSDY")
(defun cartesia-voice-id () "5eec7675-d708-432b-8775-4ad1e42d2171")
(defun cartesia-api-key-sequential () "sk_car_0123456789abcdefghijklmn")
(defun cartesia-api-key-example () "changeme")
(os:getenv "CARTESIA_API_KEY")
