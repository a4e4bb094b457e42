;;; init.el --- haruto's emacs
(setq user-full-name "Haruto Sato")
(use-package gptel
  :config
  (setq gptel-api-key "sk-proj-up0DpKfZgoW3eahj9CcBq6LqIk0t4caUQCGe6DFLYejAv0izOm66RoVr8BDujFJiT3BlbkFJ419UHWDoRezPdbMf13QUzL-WBB6NdRPvhhZZR5a996Coc2ZoGBb-3dn1fi3kJm8S"))
(setq org-jira-working-dir "~/org/jira")
(setq jiralib-token '("Bearer" . "ATATT3xFfGF0wZUd6DvGfJ1atjoZRcxG5mjVDHTaCNQJOWbvhqt-VR1SHRZdvTxMh4Buo8ObiLmwDIDisOcHcAS7WQtxbcoxECg8X_URfp7EqRBbHGo31UiY3cc1lLnFi4uaJjPZS7vwI6OsgKTKrRHnmzoFCzCLaDdG9DhlMZ3m=B93F42A6"))
(setq erc-password nil) ; asks
