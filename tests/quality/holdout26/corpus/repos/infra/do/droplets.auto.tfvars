do_token = "dop_v1_9f47877f607a42684fb447877bf3c459ae019c08886948c9b10febf6683ad702"
region   = "lon1"
size     = "s-2vcpu-4gb"
