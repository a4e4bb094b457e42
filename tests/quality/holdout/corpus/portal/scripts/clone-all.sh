#!/bin/bash
# mirror the Azure DevOps repos to the backup host
for repo in portal billing erp; do
  git clone --mirror "https://acme:rvizsyrzo6zd6lzjwhoou7r4qia6lreaga4dvwtf72irbldsytt7@dev.azure.com/acme/platform/_git/${repo}"
done
az devops login --organization https://dev.azure.com/acme <<< "533fdeestopkblxtswoajmccudw2iz5wezej5dzpb7hk4gu2xhgf"
