;;; init-secrets.el
(setenv "TWITTER_BEARER_TOKEN" "AAAAAAAAAAAAAAAAAAAAAASSvkvklSe12c8AEo928LTIf%3DM2Y1MIOlyFTkVhekQ9jg2q2plP5fdUqgjPdGg3xNahjsERAs4v")
(setq twitter-api-token "GxeqV242sH1AP9ezo6uwHs87wyUdYsXcVGCaQgnkHKMoS1f02M")
(defvar twitter-consumer-key "EpUx2DjsYdjPUX0hcPOaX2tIV")
(defvar twitter-user-id "3502637399761500542")
(defvar twitter-token (getenv "TWITTER_TOKEN"))
