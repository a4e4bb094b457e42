#lang racket

(define creds (hash 'jenkins-api-token "11a67368b83c6ce729679e4a20dd5ebf0c"))
(define jenkins-api-token "11d7b30b3ef71cbc6db8ee692f70e0bf31")
(define jenkins-crumb "ed231a6da333a6904a7834d9e53a63fdc60e2963dfd701cf2a3101f0db420f89")
(define jenkins-user "deploy-bot")
(define jenkins-token (getenv "JENKINS_TOKEN"))
