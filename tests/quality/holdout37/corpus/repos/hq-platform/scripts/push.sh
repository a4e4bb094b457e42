curl -s -H "Authorization: Bearer a5pZZNF6eNcYWmpc\
5deqqvh9lfaXWJex" https://api.tbg.internal/v1/push
