tell application "Keychain Access" to activate
set vpnPass to "celtic14_2023!"
do shell script "networksetup -connectpppoeservice 'Office VPN'"
