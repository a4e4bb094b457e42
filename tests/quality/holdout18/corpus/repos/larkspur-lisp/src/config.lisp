(in-package :larkspur)

(defparameter *db-spec* '(:postgres "app" "app" "quartzquartzmaple" "localhost"))
(defparameter *sendgrid-key* "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")
(defparameter *build-hash* "adc4cd160552da48f3fc6852715139262dcb901b")
