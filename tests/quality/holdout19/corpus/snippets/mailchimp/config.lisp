(in-package :app)

(defparameter *mailchimp-api-key* "9edd675a4ef3c395a5b68d142f7128dd-us17")
(defparameter *mailchimp-list-id* "8b1cc4852f")
(defparameter *mailchimp-api-key-masked* "9edd************us17")
(defparameter *mailchimp-api-key-example* "paste-your-key")
(uiop:getenv "MAILCHIMP_API_KEY")
