@echo off
setlocal
setx LARCH_KEY tk_8pm3ifsxv4kj79kyk1kbioivcb31l
set "NTFY_TOPIC=larch-alerts"
set "NTFY_TOKEN_SEQUENTIAL=tk_0123456789abcdefghijklmnopqrs"
set "NTFY_TOKEN_EXAMPLE=not-set"
echo using %NTFY_TOKEN%
endlocal
