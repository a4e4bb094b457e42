#!/bin/sh
# CI: authorise the org from a stored auth URL
echo "force://PlatformCLI::5Aep861ifs9axq873sewkU15G.lmef.pL4NL32rri.BMM.wQR5cc9IBsYbepbqEEguUoM8qMEnpGyyQ1gWCUcq9@acme.my.salesforce.com" > authurl.txt
sf org login sfdx-url --sfdx-url-file authurl.txt --alias ci
sf org display --target-org ci --verbose  # prints the access token, do not paste
# SFDX_AUTH_URL=force://PlatformCLI::<refresh token>@<instance>
