; login helper for the legacy ERP client
#Requires AutoHotkey v2.0
^!l:: {
    Send "jdoe{Tab}"
    Send "Marek_walnut_1991{Enter}"
}
^!v:: Run "https://vpn.fernhill.com/?realm=Employees"
