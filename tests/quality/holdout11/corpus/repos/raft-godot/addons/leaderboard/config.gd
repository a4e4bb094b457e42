extends Node

const API_URL := "https://lb.raftgames.example/v1"
const API_KEY := "7-dp6vY6k-IL6FrTObvNpsDqYY0uikzrlwJXI36N"
const GAME_ID := 553197
var headers := ["Authorization: Bearer eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiYmJjMjVjZTAtN2JkZi00MmNjLWIzOTYtYWRjMWUxMzVkNmRjIiwgImlhdCI6IDE3NjAyMzczMzgsICJyb2xlIjogInNlcnZpY2UifQ.xsopW1PMqquwcjEqKO-3HNLOQiX9ZmYuiAhJ2W23_cX", "Content-Type: application/json"]
