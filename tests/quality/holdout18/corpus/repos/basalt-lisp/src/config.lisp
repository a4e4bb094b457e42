(in-package :basalt)

(defparameter *db-spec* '(:postgres "app" "app" "MarbleFalcon99%" "localhost"))
(defparameter *sendgrid-key* "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")
(defparameter *build-hash* "eb8f7b0ff5d80cecf3891c8431f9511921191a77")
